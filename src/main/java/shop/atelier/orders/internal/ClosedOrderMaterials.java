package shop.atelier.orders.internal;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.privacy.LegalHolds;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/**
 * Deletes the materials of orders whose after-sales window has ended (status {@code CLOSED}): the
 * photos, texts, videos and design previews were needed to make the item and to handle returns and
 * warranty, and nothing more (promise M2). A legal hold on the order, by id or by number, keeps them
 * until it is lifted; the next run then deletes them. Destroying the order's scope destroys its
 * data key, so backups of the files can no longer be read either. Runs every {@code
 * atelier.orders.closed-materials-interval} (default one hour) on one node.
 *
 * <p>On unless {@code atelier.orders.closed-materials.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "atelier.orders.closed-materials.enabled", matchIfMissing = true)
class ClosedOrderMaterials {

    private static final Logger log = LoggerFactory.getLogger(ClosedOrderMaterials.class);
    static final int BATCH = 200;

    @Bean
    Task<Void> ordersClosedMaterials(
            JdbcClient jdbc,
            Uploads uploads,
            LegalHolds holds,
            Clock clock,
            @Value("${atelier.orders.closed-materials-interval:PT1H}") Duration interval) {
        return Tasks.recurring("orders-closed-materials", FixedDelay.of(interval))
                .execute((instance, context) -> destroy(jdbc, uploads, holds, clock));
    }

    /** Deletes the materials of every closed order that no legal hold names; returns how many orders. */
    static int destroy(JdbcClient jdbc, Uploads uploads, LegalHolds holds, Clock clock) {
        var destroyed = 0;
        var held = 0;
        UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes
        while (true) {
            var batch = jdbc.sql("""
                            select id, number from orders
                             where status = 'CLOSED' and materials_destroyed_at is null and id > :after
                             order by id limit :limit
                            """)
                    .param("after", after)
                    .param("limit", BATCH)
                    .query((rs, row) -> new Closed(rs.getObject("id", UUID.class), rs.getString("number")))
                    .list();
            for (var order : batch) {
                after = order.id();
                if (holds.isHeld(order.id()) || holds.isHeldOrderNumber(order.number())) {
                    held++;
                    continue;
                }
                try {
                    uploads.destroyScope(UploadScope.order(order.id()));
                    jdbc.sql("update orders set materials_destroyed_at = :now where id = :id")
                            .param("now", Timestamp.from(clock.instant()))
                            .param("id", order.id())
                            .update();
                    destroyed++;
                } catch (RuntimeException e) {
                    log.warn("Could not delete the materials of closed order {}", order.number(), e);
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (destroyed > 0 || held > 0) {
            log.info("Deleted the materials of {} closed orders; {} kept under a legal hold", destroyed, held);
        }
        return destroyed;
    }

    private record Closed(UUID id, String number) {}
}
