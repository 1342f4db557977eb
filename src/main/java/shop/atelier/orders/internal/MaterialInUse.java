package shop.atelier.orders.internal;

import shop.atelier.platform.BusinessRuleException;

/** An upload an item in the cart holds cannot be removed on its own; it can be replaced there. */
public class MaterialInUse extends BusinessRuleException {

    public MaterialInUse() {
        super("The upload belongs to an item in the cart");
    }
}
