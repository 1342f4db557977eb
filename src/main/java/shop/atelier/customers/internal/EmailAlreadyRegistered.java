package shop.atelier.customers.internal;

import shop.atelier.platform.BusinessRuleException;

/** An account with this email exists already; the page says no more than that it cannot be used. */
public class EmailAlreadyRegistered extends BusinessRuleException {

    EmailAlreadyRegistered() {
        super("This email address cannot be used for another account.");
    }
}
