package shop.atelier.marketing.internal;

import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.Orders;
import shop.atelier.orders.PromotionalMailRequested;

/**
 * The opt-in ticked at checkout: the order's contact address is asked to confirm (double opt-in).
 * The event carries the order id only; the address is read from the order, and nothing happens
 * when its contact data was erased meanwhile.
 */
@Component
class CheckoutOptIns {

    private final Orders orders;
    private final Newsletter newsletter;

    CheckoutOptIns(Orders orders, Newsletter newsletter) {
        this.orders = orders;
        this.newsletter = newsletter;
    }

    @ApplicationModuleListener
    void on(PromotionalMailRequested event) {
        var email = orders.contactEmail(event.orderId());
        if (email.isEmpty()) {
            return;
        }
        var customer = orders.summary(event.orderId())
                .map(shop.atelier.orders.OrderSummary::customerId)
                .map(CustomerId::value)
                .orElse(null);
        newsletter.request(email.get(), customer, OptInSource.CHECKOUT, Locale.ENGLISH);
    }
}
