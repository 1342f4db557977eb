package shop.atelier.orders;

/**
 * A paid order has lines whose design previews the customer must approve before they are made (see
 * {@link Orders#lines}); the order waits in {@link OrderStatus#PROOFING}.
 */
public record OrderProofingStarted(OrderId orderId) {}
