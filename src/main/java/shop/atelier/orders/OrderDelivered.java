package shop.atelier.orders;

import java.time.Instant;

/**
 * The carrier delivered the order: the after-sales window (returns, warranty) starts at {@code at}.
 */
public record OrderDelivered(OrderId orderId, Instant at) {}
