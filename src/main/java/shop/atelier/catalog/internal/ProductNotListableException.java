package shop.atelier.catalog.internal;

import shop.atelier.platform.BusinessRuleException;

/** A product is only shown in the shop when customers can buy at least one of its variants. */
public class ProductNotListableException extends BusinessRuleException {

    public ProductNotListableException(String slug) {
        super("The product " + slug + " has no available variant, so it cannot be listed");
    }
}
