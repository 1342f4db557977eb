package shop.atelier.uploads.internal;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deletes access-log entries older than {@code atelier.uploads.access-log-retention} (default 365
 * days, promise R1): long enough to answer "who opened my photos" through an order's after-sales
 * period, not forever. Runs on one node at a time.
 */
@Configuration(proxyBeanMethods = false)
class AccessLogRetention {

    private static final Logger log = LoggerFactory.getLogger(AccessLogRetention.class);

    private final AccessLog accessLog;
    private final UploadsProperties properties;
    private final Clock clock;

    AccessLogRetention(AccessLog accessLog, UploadsProperties properties, Clock clock) {
        this.accessLog = accessLog;
        this.properties = properties;
        this.clock = clock;
    }

    @Bean
    Task<Void> uploadsAccessLogRetention(
            @Value("${atelier.uploads.access-log-cleanup-interval:PT6H}") Duration interval) {
        return Tasks.recurring("uploads-access-log-retention", FixedDelay.of(interval))
                .execute((instance, context) -> deleteExpired());
    }

    int deleteExpired() {
        var deleted = accessLog.deleteBefore(clock.instant().minus(properties.accessLogRetention()));
        if (deleted > 0) {
            log.info("Deleted {} access-log entries older than {}", deleted, properties.accessLogRetention());
        }
        return deleted;
    }
}
