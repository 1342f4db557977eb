package shop.atelier.orders.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.OrderSummary;
import shop.atelier.platform.Money;

/** An order in a list: enough to find it, not its lines. */
public record OrderListItem(
        OrderId id,
        String number,
        OrderStatus status,
        Money total,
        Instant placedAt,
        @Nullable CustomerId customerId,
        @Nullable String contactName,
        @Nullable String contactEmail,
        int items,
        @Nullable String attention) {

    public OrderSummary summary() {
        return new OrderSummary(id, number, status, total, placedAt, customerId);
    }
}
