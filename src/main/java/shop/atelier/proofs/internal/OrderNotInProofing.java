package shop.atelier.proofs.internal;

import shop.atelier.platform.BusinessRuleException;

/** Previews are published only while the order waits in proofing. */
public class OrderNotInProofing extends BusinessRuleException {

    public OrderNotInProofing(String orderNumber, String status) {
        super("Order " + orderNumber + " is " + status + ", not in proofing: no preview can be published");
    }
}
