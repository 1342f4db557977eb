package shop.atelier.catalog.internal;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A picture of a product: either an image staff uploaded (stored in the database, served at
 * {@code /products/images/{id}}) or a file shipped with the application under
 * {@code /images/catalog/} (the demo catalog's drawings).
 *
 * @param alt text alternative for people who cannot see the image
 * @param staticPath path of a bundled image, or {@code null} for an uploaded one
 * @param contentType media type of an uploaded image, or {@code null} for a bundled one
 */
public record ProductImage(
        UUID id,
        String alt,
        @Nullable String staticPath,
        @Nullable String contentType) {

    public static final Pattern STATIC_PATH = Pattern.compile("/images/catalog/[a-z0-9-]+\\.(svg|png|jpg|webp)");
    public static final int ALT_MAX = 200;

    public ProductImage {
        Objects.requireNonNull(id, "id");
        if (alt == null || alt.isBlank() || alt.strip().length() > ALT_MAX) {
            throw new IllegalArgumentException(
                    "An image needs a text alternative of at most " + ALT_MAX + " characters");
        }
        alt = alt.strip();
        if ((staticPath == null) == (contentType == null)) {
            throw new IllegalArgumentException("An image is either bundled or uploaded");
        }
        if (staticPath != null && !STATIC_PATH.matcher(staticPath).matches()) {
            throw new IllegalArgumentException("Bundled images live under /images/catalog/: " + staticPath);
        }
    }

    public static ProductImage bundled(String staticPath, String alt) {
        return new ProductImage(UUID.randomUUID(), alt, staticPath, null);
    }

    public static ProductImage uploaded(UUID id, ImageType type, String alt) {
        return new ProductImage(id, alt, null, type.mediaType());
    }

    public boolean isUploaded() {
        return staticPath == null;
    }

    /** Where a browser fetches the image, relative to the application's root. */
    public String path() {
        return staticPath != null ? staticPath : "/products/images/" + id;
    }
}
