package shop.atelier.shipping.internal;

import shop.atelier.platform.BusinessRuleException;

/** The order has a shipment already: one order, one parcel. */
public class AlreadyShipped extends BusinessRuleException {

    public AlreadyShipped(String orderNumber) {
        super("Order " + orderNumber + " was shipped already");
    }
}
