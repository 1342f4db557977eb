package shop.atelier.customers.internal;

import shop.atelier.platform.BusinessRuleException;

/** A password-reset link that is unknown, expired or used already; the page does not say which. */
public class ResetLinkInvalid extends BusinessRuleException {

    ResetLinkInvalid() {
        super("This password-reset link is not valid any more.");
    }
}
