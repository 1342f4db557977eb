package shop.atelier.proofs.internal;

import shop.atelier.platform.BusinessRuleException;

/**
 * The customer answered a round that no longer waits for an answer: a double submit, or a page
 * opened before the round was answered or replaced. Nothing changes.
 */
public class ProofNotAwaitingCustomer extends BusinessRuleException {

    public ProofNotAwaitingCustomer(String proofRequestId, int round) {
        super("Round " + round + " of proof " + proofRequestId + " does not await the customer's answer");
    }
}
