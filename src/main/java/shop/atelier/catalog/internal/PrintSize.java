package shop.atelier.catalog.internal;

/**
 * The printed or engraved area in millimetres, so uploaded photos can later be checked for enough
 * resolution (pixels per inch at this size).
 */
public record PrintSize(int widthMm, int heightMm) {

    public static final int MAX_MM = 5000;

    public PrintSize {
        if (widthMm < 1 || heightMm < 1 || widthMm > MAX_MM || heightMm > MAX_MM) {
            throw new IllegalArgumentException("A print size is between 1 and " + MAX_MM + " mm on each side");
        }
    }
}
