package shop.atelier.orders;

/**
 * The order was cancelled before it was paid (by staff, or by the shop because it stayed unpaid);
 * its uploaded materials are deleted.
 */
public record OrderCancelled(OrderId orderId) {}
