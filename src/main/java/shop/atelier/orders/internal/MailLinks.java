package shop.atelier.orders.internal;

import java.net.URI;
import java.time.Clock;
import org.springframework.stereotype.Component;
import shop.atelier.platform.SecretToken;

/**
 * The order-page link a message to the customer carries: a customer's account page, or for a guest
 * a fresh tracking link (only its hash is stored), so each message has its own.
 */
@Component
class MailLinks {

    private final OrderRepository orders;
    private final OrderLinks links;
    private final Clock clock;

    MailLinks(OrderRepository orders, OrderLinks links, Clock clock) {
        this.orders = orders;
        this.links = links;
        this.clock = clock;
    }

    /** Must run in a transaction that may write (a guest's new token is stored). */
    URI orderPage(Order order) {
        if (order.customerId() != null) {
            return links.account(order.id());
        }
        var token = SecretToken.random();
        orders.addTrackingToken(order.id(), token.hash(), clock.instant());
        return links.tracking(token);
    }
}
