package shop.atelier.proofs;

import java.util.UUID;
import shop.atelier.orders.OrderId;

/**
 * The proof of one order line as other modules may see it.
 *
 * @param lineId the order line ({@code OrderLineSummary.lineId})
 * @param round the latest published round; 0 before the first preview
 */
public record LineProof(ProofRequestId id, OrderId orderId, UUID lineId, ProofState state, int round) {}
