package shop.atelier.catalog;

import shop.atelier.platform.Money;

/**
 * A variant as it may be sold now: the price the server charges (never the one a form sends).
 *
 * @param requiresProof whether a design preview must be approved before production
 */
public record PricedVariant(
        ProductId productId,
        VariantId variantId,
        String productName,
        String variantName,
        String sku,
        Money price,
        boolean requiresProof,
        boolean available) {}
