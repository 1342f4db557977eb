package shop.atelier.catalog.internal;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PersonalizationCheck;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.NotFoundException;

/**
 * The catalog as other modules see it. Reads the database directly (one indexed query each), not
 * the storefront cache: the price charged and the rules checked are always the current ones.
 */
@Service
class CatalogFacade implements Catalog {

    private final Products products;
    private final PersonalizationPolicy policy = new PersonalizationPolicy();

    CatalogFacade(Products products) {
        this.products = products;
    }

    @Override
    public Optional<PricedVariant> variant(VariantId id) {
        return products.pricedVariant(id);
    }

    @Override
    public PersonalizationCheck checkPersonalization(VariantId id, Map<String, String> values) {
        var slots = products.slotsOfVariant(id).orElseThrow(() -> new NotFoundException("No variant " + id));
        return policy.check(slots, values);
    }

    @Override
    public Optional<String> productPath(VariantId id) {
        return products.listedSlugOfVariant(id).map(slug -> "/products/" + slug);
    }

    @Override
    public java.util.Optional<shop.atelier.catalog.SlotSpec> slot(
            shop.atelier.catalog.ProductId product, String slotKey) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public java.util.Optional<shop.atelier.catalog.SlotSpec> slot(
            shop.atelier.catalog.VariantId variant, String slotKey) {
        throw new UnsupportedOperationException("not yet");
    }
}
