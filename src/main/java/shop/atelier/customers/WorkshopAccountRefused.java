package shop.atelier.customers;

import shop.atelier.platform.BusinessRuleException;

/**
 * A craftsman cannot be invited with an address that already belongs to a customer's or a staff
 * member's account: one account must not mix a customer's data with a workshop's access.
 */
public class WorkshopAccountRefused extends BusinessRuleException {

    public WorkshopAccountRefused() {
        super("This email address belongs to a customer or staff account; use another address for the craftsman.");
    }
}
