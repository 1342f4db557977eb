package shop.atelier.shipping.internal;

import shop.atelier.platform.BusinessRuleException;

/** The workshops have not finished every item of the order: nothing to ship yet. */
public class NotMadeYet extends BusinessRuleException {

    public NotMadeYet(String orderNumber) {
        super("Order " + orderNumber + " is not made yet: every item's job must be done before it ships");
    }
}
