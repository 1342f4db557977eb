package shop.atelier.proofs;

import java.util.List;
import shop.atelier.orders.OrderId;

/** What other modules may ask about design proofs. */
public interface Proofs {

    /** The proofs of an order's lines that need one, in line order; empty when none does. */
    List<LineProof> ofOrder(OrderId orderId);
}
