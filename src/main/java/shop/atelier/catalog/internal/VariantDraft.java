package shop.atelier.catalog.internal;

import shop.atelier.platform.Money;

/** What staff enter about a variant. */
public record VariantDraft(String name, String sku, Money price, boolean available) {}
