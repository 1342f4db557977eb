package shop.atelier.orders;

/** A customer checked out; the order awaits payment. */
public record OrderPlaced(OrderId orderId, String orderNumber) {}
