package shop.atelier.orders.internal;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes carts nobody touched for {@code atelier.orders.cart-retention} (promise R1); runs hourly
 * on one node.
 *
 * <p>On unless {@code atelier.orders.cart-cleanup.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "atelier.orders.cart-cleanup.enabled", matchIfMissing = true)
class CartCleanup {

    private static final Logger log = LoggerFactory.getLogger(CartCleanup.class);

    @Bean
    Task<Void> ordersCartCleanup(
            CartRepository carts, OrdersProperties properties, TransactionTemplate transaction, Clock clock) {
        return Tasks.recurring("orders-cart-cleanup", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    var cutoff = clock.instant().minus(properties.cartRetention());
                    var deleted = transaction.execute(status -> carts.deleteUntouchedSince(cutoff));
                    if (deleted != null && deleted > 0) {
                        log.info("Deleted {} carts untouched since {}", deleted, cutoff);
                    }
                });
    }
}
