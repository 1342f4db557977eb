package shop.atelier.proofs.internal;

import shop.atelier.platform.BusinessRuleException;

/** The customer approved this line's design; it takes no new preview. */
public class ProofAlreadyApproved extends BusinessRuleException {

    public ProofAlreadyApproved(String orderNumber, String product) {
        super("The design of " + product + " in order " + orderNumber + " is already approved");
    }
}
