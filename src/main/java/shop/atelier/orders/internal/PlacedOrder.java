package shop.atelier.orders.internal;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.platform.Money;
import shop.atelier.platform.SecretToken;

/**
 * An order just placed, with the tracking token that opens it (known only now: only its hash is stored).
 *
 * @param paymentUrl where the customer pays; {@code null} if the payment provider could not be reached
 */
public record PlacedOrder(
        OrderId id,
        String number,
        OrderStatus status,
        Money total,
        @Nullable CustomerId customerId,
        SecretToken trackingToken,
        @Nullable URI paymentUrl) {

    PlacedOrder withPayment(OrderStatus newStatus, @Nullable URI url) {
        return new PlacedOrder(id, number, newStatus, total, customerId, trackingToken, url);
    }
}
