package shop.atelier.proofs.internal;

import java.time.Instant;
import java.util.UUID;
import shop.atelier.proofs.ProofState;

/** One open proof request in the staff queue; {@code since} is when it entered its state. */
public record ProofQueueItem(
        UUID proofRequestId,
        UUID orderId,
        String orderNumber,
        String productName,
        String variantName,
        int round,
        ProofState state,
        Instant since) {}
