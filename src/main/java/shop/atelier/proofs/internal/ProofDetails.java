package shop.atelier.proofs.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.orders.OrderId;
import shop.atelier.proofs.ProofRequestId;
import shop.atelier.proofs.ProofState;

/** A proof request as the pages show it: the line, where it stands, and its rounds (oldest first). */
public record ProofDetails(
        ProofRequestId id,
        OrderId orderId,
        String orderNumber,
        UUID lineId,
        String productName,
        String variantName,
        ProofState state,
        Instant stateSince,
        List<ProofRound> rounds) {

    public ProofDetails {
        rounds = List.copyOf(rounds);
    }

    /** The latest published round; {@code null} before the first preview. */
    public @Nullable ProofRound latest() {
        return rounds.isEmpty() ? null : rounds.getLast();
    }

    /** The rounds before the latest, newest first. */
    public List<ProofRound> earlier() {
        if (rounds.size() < 2) {
            return List.of();
        }
        return rounds.subList(0, rounds.size() - 1).reversed();
    }

    public int round() {
        return rounds.size();
    }

    public boolean awaitingCustomer() {
        return state == ProofState.AWAITING_CUSTOMER;
    }
}
