package shop.atelier.proofs;

import java.util.UUID;
import shop.atelier.orders.OrderId;

/** The customer approved the design preview of one order line (round {@code round}). */
public record ProofApproved(ProofRequestId proofRequestId, OrderId orderId, UUID lineId, int round) {}
