package shop.atelier.orders.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shop.atelier.orders.OrderStatus;

/**
 * One entry of an order's history. {@code from} is {@code null} for the order's creation; an entry
 * with {@code from == to} is a remark that did not change the status (e.g. a payment that did not
 * match the total).
 */
public record Transition(
        @Nullable OrderStatus from,
        OrderStatus to,
        Instant at,
        Actor actor,
        @Nullable String note) {

    public boolean isRemark() {
        return from == to;
    }
}
