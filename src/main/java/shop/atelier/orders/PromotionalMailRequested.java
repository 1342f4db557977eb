package shop.atelier.orders;

/**
 * At checkout the customer ticked the (unticked by default) box asking for promotions and
 * new-product news. Nothing is subscribed yet: the marketing module asks the order's contact address
 * to confirm (double opt-in). Carries the order's id only, never the address.
 */
public record PromotionalMailRequested(OrderId orderId) {}
