package shop.atelier.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A product's personalization slot as other modules need it, e.g. to accept an upload for it.
 *
 * @param print the product's printed area, for photo slots of products that have one
 */
public record SlotSpec(
        ProductId productId,
        String key,
        String label,
        SlotType type,
        boolean required,
        @Nullable PrintSpec print) {}
