package shop.atelier.catalog.internal;

/** Only PNG, JPEG and WebP images up to 2 MB are accepted as product images: bad input, 400. */
public class UnsupportedImageException extends IllegalArgumentException {

    public UnsupportedImageException(String message) {
        super(message);
    }
}
