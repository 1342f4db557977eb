package shop.atelier.catalog.internal;

import java.util.Locale;
import java.util.UUID;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.Money;

/**
 * Creates products with unique names, slugs and SKUs, so tests never depend on what else is in a
 * shared database.
 */
public final class CatalogTestData {

    private final CatalogManagement catalog;

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public CatalogTestData(CatalogManagement catalog) {
        this.catalog = catalog;
    }

    public String slug(String base) {
        return base + "-" + suffix;
    }

    public String sku(String base) {
        return (base + "-" + suffix).toUpperCase(Locale.ROOT);
    }

    /**
     * A listed frame printed at 130 × 180 mm, photos from 120 dpi: small 24.90 and large 34.90 EUR, a
     * required 30-character engraving, an optional photo.
     */
    public Frame listedFrame() {
        var id = catalog.create(new ProductDraft(
                slug("frame"),
                "Oak Frame " + suffix,
                "A frame of solid oak.\n\nEngraved by hand.",
                true,
                new PrintSize(130, 180),
                120));
        var small = catalog.addVariant(id, new VariantDraft("Small " + suffix, sku("FS"), Money.of(2490, "EUR"), true));
        var large = catalog.addVariant(id, new VariantDraft("Large " + suffix, sku("FL"), Money.of(3490, "EUR"), true));
        catalog.addSlot(id, PersonalizationSlot.text("engraving", "Engraving", true, 30));
        catalog.addSlot(id, PersonalizationSlot.photo("photo", "Your photo", false));
        catalog.list(id);
        return new Frame(id, slug("frame"), "Oak Frame " + suffix, small, large);
    }

    /** An unlisted product with one variant. */
    public ProductId unlistedProduct() {
        var id = catalog.create(new ProductDraft(slug("hidden"), "Hidden " + suffix, "", true, null));
        catalog.addVariant(id, new VariantDraft("Only", sku("H"), Money.of(1000, "EUR"), true));
        return id;
    }

    public record Frame(ProductId id, String slug, String name, VariantId small, VariantId large) {}
}
