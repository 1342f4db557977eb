package shop.atelier.catalog.internal;

import org.jspecify.annotations.Nullable;

/**
 * What staff enter about a product itself (variants, slots and images are managed separately).
 *
 * @param printSize the printed area, if photos are printed on the product
 * @param minDpi the least effective resolution (pixels per inch at the print size) a photo needs;
 *     below it the photo is refused
 */
public record ProductDraft(
        String slug,
        String name,
        String description,
        boolean requiresProof,
        @Nullable PrintSize printSize,
        int minDpi) {

    /** What a new product asks of photos unless staff choose otherwise. */
    public static final int DEFAULT_MIN_DPI = 100;

    /** Below this no print looks acceptable; above it no photo a customer has would pass. */
    public static final int LOWEST_MIN_DPI = 30;

    public static final int HIGHEST_MIN_DPI = 1200;

    /** A draft with the default minimum resolution. */
    public ProductDraft(
            String slug, String name, String description, boolean requiresProof, @Nullable PrintSize printSize) {
        this(slug, name, description, requiresProof, printSize, DEFAULT_MIN_DPI);
    }
}
