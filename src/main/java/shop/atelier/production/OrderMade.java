package shop.atelier.production;

import java.util.Objects;
import shop.atelier.orders.OrderId;

/**
 * Every line of the order has a finished job: the order is made and may be shipped. Published once,
 * when the last line's job is done.
 */
public record OrderMade(OrderId orderId) {

    public OrderMade {
        Objects.requireNonNull(orderId, "orderId");
    }
}
