package shop.atelier.orders.internal;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;

/**
 * Cancels orders that stayed unpaid ({@code PLACED} or {@code PAYMENT_FAILED}, unchanged) for
 * {@code atelier.orders.unpaid-retention} (default 48 hours), so the materials uploaded for them,
 * which were never part of a paid order, are deleted (promise M2; see {@link
 * UploadsOfCancelledOrders}). A payment that arrives afterwards does not revive the order: it is
 * flagged for staff to refund. Runs every {@code atelier.orders.unpaid-expiry-interval} (default one
 * hour) on one node.
 *
 * <p>On unless {@code atelier.orders.unpaid-expiry.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "atelier.orders.unpaid-expiry.enabled", matchIfMissing = true)
class UnpaidOrders {

    private static final Logger log = LoggerFactory.getLogger(UnpaidOrders.class);
    static final int BATCH = 200;

    @Bean
    Task<Void> ordersUnpaidExpiry(
            OrderRepository orders,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${atelier.orders.unpaid-retention:PT48H}") Duration retention,
            @Value("${atelier.orders.unpaid-expiry-interval:PT1H}") Duration interval) {
        return Tasks.recurring("orders-unpaid-expiry", FixedDelay.of(interval))
                .execute((instance, context) -> cancelUnpaid(orders, transaction, clock, retention));
    }

    /** Cancels every order unpaid and unchanged for longer than {@code retention}; returns how many. */
    static int cancelUnpaid(OrderRepository orders, TransactionTemplate transaction, Clock clock, Duration retention) {
        var cutoff = clock.instant().minus(retention);
        var note = "Not paid within " + retention.toHours() + " hours";
        var cancelled = 0;
        while (true) {
            var batch = orders.unpaidUnchangedSince(cutoff, BATCH);
            var progress = 0;
            for (var id : batch) {
                try {
                    if (Boolean.TRUE.equals(transaction.execute(status -> cancel(orders, id, cutoff, note, clock)))) {
                        progress++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Could not cancel unpaid order {}", id, e);
                }
            }
            cancelled += progress;
            if (batch.size() < BATCH || progress == 0) {
                break;
            }
        }
        if (cancelled > 0) {
            log.info("Cancelled {} orders not paid within {}", cancelled, retention);
        }
        return cancelled;
    }

    /** Checks again under the row lock: a payment may have arrived since the order was listed. */
    private static boolean cancel(OrderRepository orders, OrderId id, Instant cutoff, String note, Clock clock) {
        var found = orders.findForUpdate(id);
        if (found.isEmpty()) {
            return false;
        }
        var order = found.get();
        var status = order.status();
        if ((status != OrderStatus.PLACED && status != OrderStatus.PAYMENT_FAILED) || orders.changedSince(id, cutoff)) {
            return false;
        }
        var now = clock.instant();
        order.cancel(Actor.SYSTEM, note, now);
        orders.save(order, now);
        return true;
    }
}
