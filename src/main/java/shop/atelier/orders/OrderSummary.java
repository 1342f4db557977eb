package shop.atelier.orders;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shop.atelier.customers.CustomerId;
import shop.atelier.platform.Money;

/**
 * An order as other modules may see it: no contact data, no addresses.
 *
 * @param customerId the account that placed the order; {@code null} for guest orders
 */
public record OrderSummary(
        OrderId id,
        String number,
        OrderStatus status,
        Money total,
        Instant placedAt,
        @Nullable CustomerId customerId) {}
