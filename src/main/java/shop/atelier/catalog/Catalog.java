package shop.atelier.catalog;

import java.util.Map;
import java.util.Optional;

/** What other modules may ask the catalog. */
public interface Catalog {

    /** The variant with its current price, if it exists. */
    Optional<PricedVariant> variant(VariantId id);

    /**
     * Checks personalization values (slot key → value) against the variant's product slots:
     * required slots filled, text length and allowed characters, no unknown slots.
     */
    PersonalizationCheck checkPersonalization(VariantId id, Map<String, String> values);

    /**
     * The storefront page of the variant's product, e.g. {@code /products/personalized-mug}, if the
     * product is listed. The cart redirects there when it refuses a line; the page shows the flash
     * attributes {@code personalizationValues} (slot key → value sent), {@code
     * personalizationViolations} ({@code List<SlotViolation>}), {@code selectedVariantId} and
     * {@code quantity} next to the fields they concern.
     */
    default Optional<String> productPath(VariantId id) {
        return Optional.empty();
    }

    /** One slot of a product, if the product is listed and has a slot with that key. */
    Optional<SlotSpec> slot(ProductId product, String slotKey);

    /** One slot of the variant's product, if the product has a slot with that key. */
    Optional<SlotSpec> slot(VariantId variant, String slotKey);
}
