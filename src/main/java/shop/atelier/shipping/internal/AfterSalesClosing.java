package shop.atelier.shipping.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.orders.Orders;
import shop.atelier.platform.BusinessRuleException;

/**
 * Closes the orders whose after-sales window ({@code atelier.shipping.after-sales-window}, default
 * 30 days from delivery) has ended, and deletes their shipments: once the order is closed the shop
 * needs nothing about the parcel (promise R1). Each order in its own transaction, re-checked under
 * the shipment's row lock, so two nodes never close one twice and one failure stops nothing else.
 */
@Component
public class AfterSalesClosing {

    private static final Logger log = LoggerFactory.getLogger(AfterSalesClosing.class);
    static final int BATCH = 200;

    private final Shipments shipments;
    private final Orders orders;
    private final TransactionTemplate transaction;
    private final ShippingProperties properties;
    private final Clock clock;

    private final MadeOrders made;

    AfterSalesClosing(
            Shipments shipments,
            Orders orders,
            TransactionTemplate transaction,
            ShippingProperties properties,
            MadeOrders made,
            Clock clock) {
        this.made = made;
        this.shipments = shipments;
        this.orders = orders;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /** Closes every order whose window has ended; returns how many. */
    public int closeDue() {
        var window = properties.afterSalesWindow();
        var closed = 0;
        while (true) {
            var batch = shipments.deliveredBefore(clock.instant().minus(window), BATCH);
            var progress = 0;
            for (var id : batch) {
                try {
                    if (Boolean.TRUE.equals(transaction.execute(status -> close(id)))) {
                        progress++;
                    }
                } catch (BusinessRuleException | org.springframework.dao.DataAccessException e) {
                    log.warn("Could not close the order of shipment {}", id, e);
                }
            }
            closed += progress;
            if (batch.size() < BATCH || progress == 0) {
                break;
            }
        }
        if (closed > 0) {
            log.info("Closed {} orders whose after-sales window of {} ended", closed, window);
        }
        return closed;
    }

    private boolean close(UUID shipmentId) {
        var found = shipments.findForUpdate(shipmentId);
        var now = clock.instant();
        if (found.isEmpty() || !found.get().afterSalesEnded(properties.afterSalesWindow(), now)) {
            return false;
        }
        var shipment = found.get();
        orders.closed(shipment.orderId());
        shipments.delete(List.of(shipmentId));
        made.forget(shipment.orderId());
        return true;
    }
}
