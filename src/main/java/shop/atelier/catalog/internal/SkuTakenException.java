package shop.atelier.catalog.internal;

import shop.atelier.platform.BusinessRuleException;

/** A SKU names exactly one variant in the whole catalog. */
public class SkuTakenException extends BusinessRuleException {

    public SkuTakenException(String sku) {
        super("Another variant already uses the SKU " + sku);
    }
}
