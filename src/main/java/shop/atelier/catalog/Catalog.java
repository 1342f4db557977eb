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
}
