package shop.atelier.orders;

/** The payment provider confirmed payment of the order. */
public record OrderPaid(OrderId orderId, String orderNumber) {}
