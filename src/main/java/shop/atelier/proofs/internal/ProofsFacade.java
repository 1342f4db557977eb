package shop.atelier.proofs.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import shop.atelier.orders.OrderId;
import shop.atelier.proofs.LineProof;
import shop.atelier.proofs.Proofs;

@Component
class ProofsFacade implements Proofs {

    private final ProofRequests requests;

    ProofsFacade(ProofRequests requests) {
        this.requests = requests;
    }

    @Override
    public List<LineProof> ofOrder(OrderId orderId) {
        return requests.ofOrder(orderId).stream()
                .map(r -> new LineProof(
                        r.id(),
                        r.orderId(),
                        r.lineId(),
                        r.state(),
                        r.rounds().size(),
                        r.rounds().stream()
                                .filter(round -> round.decision() == ProofRound.Decision.APPROVED)
                                .map(ProofRound::material)
                                .reduce((first, later) -> later)
                                .orElse(null)))
                .toList();
    }
}
