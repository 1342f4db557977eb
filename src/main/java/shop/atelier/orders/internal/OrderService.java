package shop.atelier.orders.internal;

import java.net.URI;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderId;
import shop.atelier.payments.PaymentRequest;
import shop.atelier.payments.Payments;
import shop.atelier.platform.Money;
import shop.atelier.platform.NotFoundException;

/** What customers and staff do with an existing order: pay (again), cancel. */
@Service
public class OrderService {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final OrderRepository orders;
    private final Payments payments;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OrderService(OrderRepository orders, Payments payments, TransactionTemplate transaction, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Starts a hosted checkout at the payment provider. Called outside any transaction. If the
     * provider cannot be reached, the order becomes PAYMENT_FAILED, so the customer can pay again.
     *
     * @return where to send the customer
     * @throws PaymentUnavailable if the provider did not start a checkout
     */
    public URI startPayment(OrderId id, String number, Money total, URI returnUrl) {
        try {
            var order = orders.find(id);
            var session = payments.startCheckout(new PaymentRequest(
                    id.value(),
                    number,
                    total,
                    returnUrl,
                    order.map(Order::customerId).map(CustomerId::value).orElse(null),
                    order.map(Order::contact).map(Contact::email).orElse(null)));
            return session.redirectUrl();
        } catch (RuntimeException e) {
            log.warn("The payment provider did not start a checkout for order {}", number, e);
            transaction.executeWithoutResult(status -> orders.findForUpdate(id).ifPresent(order -> {
                var now = clock.instant();
                if (order.paymentFailed("The payment provider could not be reached", Actor.SYSTEM, now)) {
                    orders.save(order, now);
                }
            }));
            throw new PaymentUnavailable(id, number, e);
        }
    }

    /**
     * The customer tries again after a failed payment: the order goes back to PLACED and a new
     * checkout starts.
     *
     * @throws shop.atelier.orders.IllegalOrderTransition if the order's payment has not failed
     */
    public URI payAgain(OrderId id, Actor actor, URI returnUrl) {
        var order = transaction.execute(status -> {
            var o = orders.findForUpdate(id).orElseThrow(() -> new NotFoundException("No such order"));
            var now = clock.instant();
            o.retryPayment(actor, now);
            orders.save(o, now);
            return o;
        });
        return startPayment(order.id(), order.number(), order.total(), returnUrl);
    }

    /** Staff cancel an order that has not been paid. */
    public void cancel(OrderId id, Actor actor, @Nullable String note) {
        transaction.executeWithoutResult(status -> {
            var order = orders.findForUpdate(id).orElseThrow(() -> new NotFoundException("No such order"));
            var now = clock.instant();
            order.cancel(actor, note == null || note.isBlank() ? null : note.strip(), now);
            orders.save(order, now);
        });
    }
}
