package shop.atelier.catalog.internal;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PersonalizationCheck;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.SlotSpec;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.NotFoundException;

/**
 * The catalog as other modules see it. Reads the database directly (one indexed query each), not
 * the storefront cache: the price charged, the rules checked and the print resolution an upload must
 * reach are always the current ones, so a staff edit applies at once on every node.
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
    public Optional<SlotSpec> slot(ProductId product, String slotKey) {
        return products.slotOfListedProduct(product, slotKey);
    }

    @Override
    public Optional<SlotSpec> slot(VariantId variant, String slotKey) {
        return products.slotOfVariant(variant, slotKey);
    }
}
