package shop.atelier.catalog.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import shop.atelier.privacy.spi.NoPersonalData;

/** The catalog's entry in the data map: products, variants, slots and images, nothing about a person. */
@Component
class CatalogDataMap extends NoPersonalData {

    static final String HOLDER = "catalog";
    private static final List<String> NOT_PERSONAL = List.of(
            "catalog_product.id",
            "catalog_product.slug",
            "catalog_product.name",
            "catalog_product.description",
            "catalog_product.listed",
            "catalog_product.requires_proof",
            "catalog_product.print_width_mm",
            "catalog_product.print_height_mm",
            "catalog_product.min_dpi",
            "catalog_product.created_at",
            "catalog_product.updated_at",
            "catalog_variant.id",
            "catalog_variant.product_id",
            "catalog_variant.sort_order",
            "catalog_variant.name",
            "catalog_variant.sku",
            "catalog_variant.price_minor",
            "catalog_variant.price_currency",
            "catalog_variant.available",
            "catalog_slot.product_id",
            "catalog_slot.slot_key",
            "catalog_slot.sort_order",
            "catalog_slot.label",
            "catalog_slot.hint",
            "catalog_slot.slot_type",
            "catalog_slot.required",
            "catalog_slot.max_length",
            "catalog_slot.characters",
            "catalog_image.id",
            "catalog_image.product_id",
            "catalog_image.sort_order",
            "catalog_image.alt_text",
            "catalog_image.static_path",
            "catalog_image.content_type",
            "catalog_image_file.id",
            "catalog_image_file.product_id",
            "catalog_image_file.content_type",
            "catalog_image_file.bytes",
            "catalog_image_file.created_at");

    CatalogDataMap() {
        super(HOLDER, NOT_PERSONAL);
    }
}
