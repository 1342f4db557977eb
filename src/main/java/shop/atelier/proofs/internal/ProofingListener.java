package shop.atelier.proofs.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import shop.atelier.orders.OrderProofingStarted;

/**
 * Opens the proof requests of an order that starts proofing, in its own transaction after the
 * orders module committed; a retried or repeated event opens nothing new.
 */
@Component
class ProofingListener {

    private final ProofService proofs;

    ProofingListener(ProofService proofs) {
        this.proofs = proofs;
    }

    @ApplicationModuleListener
    void on(OrderProofingStarted event) {
        proofs.startProofing(event.orderId());
    }
}
