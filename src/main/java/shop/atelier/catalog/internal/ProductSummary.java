package shop.atelier.catalog.internal;

import shop.atelier.catalog.ProductId;

/** A row of the staff product list. */
public record ProductSummary(ProductId id, String slug, String name, boolean listed, int variants, int slots) {}
