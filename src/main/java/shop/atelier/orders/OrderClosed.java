package shop.atelier.orders;

/** The order's after-sales window ended: nothing more happens to it but retention. */
public record OrderClosed(OrderId orderId) {}
