package shop.atelier.shipping.internal;

import shop.atelier.platform.BusinessRuleException;

/** The carrier refused the label or could not be reached; nothing was stored. */
public class CarrierUnavailable extends BusinessRuleException {

    public CarrierUnavailable(String carrier, String reason) {
        super("Carrier " + carrier + " did not take the label: " + reason);
    }
}
