package shop.atelier.payments;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Collects the payment events that were committed, from any thread (the webhook arrives on a
 * server thread, so {@code @RecordApplicationEvents}, which is bound to the test thread, cannot
 * see it).
 */
@TestComponent
public class PaymentEventsCollector {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    public void on(PaymentConfirmed event) {
        events.add(event);
    }

    @TransactionalEventListener
    public void on(PaymentFailed event) {
        events.add(event);
    }

    public List<PaymentConfirmed> confirmed(UUID orderId) {
        return events.stream()
                .filter(PaymentConfirmed.class::isInstance)
                .map(PaymentConfirmed.class::cast)
                .filter(event -> event.orderId().equals(orderId))
                .toList();
    }

    public List<PaymentFailed> failed(UUID orderId) {
        return events.stream()
                .filter(PaymentFailed.class::isInstance)
                .map(PaymentFailed.class::cast)
                .filter(event -> event.orderId().equals(orderId))
                .toList();
    }
}
