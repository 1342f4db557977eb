package shop.atelier.catalog;

/**
 * The printed area of a product and the least resolution a photo needs there.
 *
 * @param widthMm printed width in millimetres
 * @param heightMm printed height in millimetres
 * @param minDpi below this effective resolution a photo is refused for the product
 */
public record PrintSpec(int widthMm, int heightMm, int minDpi) {

    /** Below this effective resolution the customer is warned that the print may look soft. */
    public static final int WARN_DPI = 150;

    private static final double MM_PER_INCH = 25.4;

    public PrintSpec {
        if (widthMm < 1 || heightMm < 1 || minDpi < 1) {
            throw new IllegalArgumentException("A print spec needs a positive size and minimum resolution");
        }
    }

    /**
     * The effective resolution of a photo printed to fill this area: the photo is turned to match the
     * area's orientation, and the smaller of the two axes' pixels per inch counts.
     */
    public int effectiveDpi(int pixelWidth, int pixelHeight) {
        var photoLandscape = pixelWidth >= pixelHeight;
        var printLandscape = widthMm >= heightMm;
        var w = photoLandscape == printLandscape ? widthMm : heightMm;
        var h = photoLandscape == printLandscape ? heightMm : widthMm;
        var dpiX = pixelWidth / (w / MM_PER_INCH);
        var dpiY = pixelHeight / (h / MM_PER_INCH);
        return (int) Math.floor(Math.min(dpiX, dpiY));
    }

    /** How a photo of this many pixels would print here. */
    public PrintQuality quality(int pixelWidth, int pixelHeight) {
        var dpi = effectiveDpi(pixelWidth, pixelHeight);
        if (dpi < minDpi) {
            return new PrintQuality(dpi, PrintQuality.Verdict.TOO_LOW);
        }
        return new PrintQuality(dpi, dpi < WARN_DPI ? PrintQuality.Verdict.LOW : PrintQuality.Verdict.GOOD);
    }

    /**
     * @param dpi the effective resolution
     * @param verdict {@code TOO_LOW} is refused, {@code LOW} is accepted with a warning
     */
    public record PrintQuality(int dpi, Verdict verdict) {
        public enum Verdict {
            GOOD,
            LOW,
            TOO_LOW
        }
    }
}
