package shop.atelier.orders.internal;

import shop.atelier.platform.BusinessRuleException;

/** Checkout of a cart without lines. */
public class EmptyCart extends BusinessRuleException {

    public EmptyCart() {
        super("The cart is empty");
    }
}
