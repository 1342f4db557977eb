package shop.atelier.uploads.internal;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/**
 * Deletes uploads that never became part of an order (promise M2): materials stay in a cart's
 * scope until checkout binds them to the order, so a cart scope older than {@code
 * atelier.uploads.orphan-retention} (default 48 hours) holds only materials nobody ordered. Its
 * data key is destroyed, which makes every copy of its files unreadable, and its files are deleted.
 * Runs on one node at a time.
 */
@Configuration(proxyBeanMethods = false)
class OrphanUploads {

    private static final Logger log = LoggerFactory.getLogger(OrphanUploads.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final Uploads uploads;
    private final Clock clock;
    private final Duration retention;

    OrphanUploads(
            JdbcClient jdbc,
            Uploads uploads,
            Clock clock,
            @Value("${atelier.uploads.orphan-retention:PT48H}") Duration retention) {
        this.jdbc = jdbc;
        this.uploads = uploads;
        this.clock = clock;
        this.retention = retention;
    }

    @Bean
    Task<Void> uploadsOrphanCleanup(@Value("${atelier.uploads.orphan-cleanup-interval:PT1H}") Duration interval) {
        return Tasks.recurring("uploads-orphan-cleanup", FixedDelay.of(interval))
                .execute((instance, context) -> deleteOrphans());
    }

    /** Destroys every cart scope created before the retention period began; returns how many. */
    int deleteOrphans() {
        var cutoff = clock.instant().minus(retention);
        var destroyed = 0;
        while (true) {
            var batch = cartScopesCreatedBefore(cutoff);
            for (var id : batch) {
                uploads.destroyScope(UploadScope.cart(id));
            }
            destroyed += batch.size();
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (destroyed > 0) {
            log.info("Deleted the uploads of {} carts that were not ordered within {}", destroyed, retention);
        }
        return destroyed;
    }

    private List<UUID> cartScopesCreatedBefore(Instant cutoff) {
        return jdbc.sql("""
                        select scope_id from upload_scopes
                        where scope_kind = :kind and destroyed_at is null and created_at < :cutoff
                        order by created_at
                        limit :batch""")
                .param("kind", UploadScope.CART)
                .param("cutoff", Timestamp.from(cutoff))
                .param("batch", BATCH)
                .query(UUID.class)
                .list();
    }
}
