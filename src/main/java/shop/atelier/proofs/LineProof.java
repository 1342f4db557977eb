package shop.atelier.proofs;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.orders.OrderId;
import shop.atelier.uploads.MaterialId;

/**
 * The proof of one order line as other modules may see it.
 *
 * @param lineId the order line ({@code OrderLineSummary.lineId})
 * @param round the latest published round; 0 before the first preview
 * @param approvedPreview the preview the customer approved (in the order's upload scope), once
 *     approved: what the workshop makes the item after
 */
public record LineProof(
        ProofRequestId id,
        OrderId orderId,
        UUID lineId,
        ProofState state,
        int round,
        @Nullable MaterialId approvedPreview) {}
