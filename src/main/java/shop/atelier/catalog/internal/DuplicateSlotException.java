package shop.atelier.catalog.internal;

import shop.atelier.platform.BusinessRuleException;

/** Slot keys are unique within a product: they name the form fields and the order line's values. */
public class DuplicateSlotException extends BusinessRuleException {

    public DuplicateSlotException(String key) {
        super("The product already has a personalization called " + key);
    }
}
