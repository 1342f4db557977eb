package shop.atelier.customers.internal;

import shop.atelier.platform.BusinessRuleException;

/** Changing the sign-in email needs the current password, and the one given is not it. */
public class CurrentPasswordWrong extends BusinessRuleException {

    CurrentPasswordWrong() {
        super("The current password is not correct.");
    }
}
