package shop.atelier.shipping.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import shop.atelier.orders.OrderId;
import shop.atelier.production.OrderMade;

/** Remembers which orders the workshops finished, so only those are offered and accepted for shipping. */
@Component
class MadeOrders {

    private final JdbcClient jdbc;
    private final Clock clock;

    MadeOrders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderMade event) {
        jdbc.sql("insert into shipping_made_orders (order_id, made_at) values (?, ?) on conflict do nothing")
                .param(event.orderId().value())
                .param(java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    boolean made(OrderId order) {
        return jdbc.sql("select exists (select 1 from shipping_made_orders where order_id = ?)")
                .param(order.value())
                .query(Boolean.class)
                .single();
    }

    Set<OrderId> madeAmong(Collection<OrderId> orders) {
        if (orders.isEmpty()) {
            return Set.of();
        }
        List<UUID> ids = orders.stream().map(OrderId::value).toList();
        return jdbc
                .sql("select order_id from shipping_made_orders where order_id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query(UUID.class)
                .list()
                .stream()
                .map(OrderId::new)
                .collect(Collectors.toSet());
    }

    /** Forgets a closed order (its shipment is deleted then too). */
    void forget(OrderId order) {
        jdbc.sql("delete from shipping_made_orders where order_id = ?")
                .param(order.value())
                .update();
    }
}
