package shop.atelier.orders.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import shop.atelier.notifications.Notifications;
import shop.atelier.orders.OrderId;
import shop.atelier.payments.PaymentConfirmed;
import shop.atelier.payments.PaymentFailed;

/**
 * Applies the payment provider's verdicts to orders. Each event is handled in its own transaction
 * after the payment module committed it, and retried if handling fails (the event publication
 * registry keeps it). Handling is idempotent: repeated or late events change nothing.
 */
@Component
class PaymentListener {

    private static final Logger log = LoggerFactory.getLogger(PaymentListener.class);

    private final OrderRepository orders;
    private final Notifications notifications;
    private final ConfirmationMail confirmationMail;
    private final MailLinks links;
    private final Clock clock;

    PaymentListener(
            OrderRepository orders,
            Notifications notifications,
            ConfirmationMail confirmationMail,
            MailLinks links,
            Clock clock) {
        this.orders = orders;
        this.notifications = notifications;
        this.confirmationMail = confirmationMail;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Marks the order paid if the amount is its total and, in the same transaction, sends it on to
     * design previews or production (see {@link Order#startWork}) and enqueues the confirmation
     * email, so the customer gets it if and only if the order is paid. A confirmation for a
     * cancelled order changes nothing but a flag for staff, who must refund it.
     */
    @ApplicationModuleListener
    void on(PaymentConfirmed event) {
        var found = orders.findForUpdate(new OrderId(event.orderId()));
        if (found.isEmpty()) {
            log.warn("Payment confirmed for unknown order {}", event.orderId());
            return;
        }
        var order = found.get();
        var now = clock.instant();
        var outcome = order.confirmPayment(
                event.amount(), Actor.paymentProvider(event.provider()), "Payment " + event.providerPaymentId(), now);
        switch (outcome) {
            case ALREADY_PAID -> log.info("Order {} was paid before; confirmation ignored", order.number());
            case AMOUNT_MISMATCH, NOT_PAYABLE -> {
                log.warn("Order {}: {}", order.number(), order.attention());
                orders.save(order, now);
            }
            case MARKED_PAID -> {
                order.startWork(now);
                orders.save(order, now);
                var contact = order.contact();
                if (contact != null) {
                    notifications.enqueue(confirmationMail.build(order, contact.email(), links.orderPage(order)));
                }
                log.info("Order {} paid, now {}", order.number(), order.status());
            }
        }
    }

    @ApplicationModuleListener
    void on(PaymentFailed event) {
        var found = orders.findForUpdate(new OrderId(event.orderId()));
        if (found.isEmpty()) {
            log.warn("Payment failed for unknown order {}", event.orderId());
            return;
        }
        var order = found.get();
        var now = clock.instant();
        if (order.paymentFailed(event.reason(), Actor.paymentProvider(event.provider()), now)) {
            orders.save(order, now);
            log.info("Payment of order {} failed", order.number());
        } else {
            log.info("Order {} is {}; payment failure ignored", order.number(), order.status());
        }
    }
}
