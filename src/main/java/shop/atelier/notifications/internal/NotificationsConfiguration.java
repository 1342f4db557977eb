package shop.atelier.notifications.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox's jobs, run by the platform's cluster-safe scheduler: dispatching due mail (only on a
 * node with a mail server, {@code spring.mail.host}) and deleting messages past their retention.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class NotificationsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationsConfiguration.class);

    /*
     * Registered only where mail can be sent: a node without a mail server holds its mail and must
     * not take dispatch runs away from nodes that can send.
     */
    @Bean
    @ConditionalOnProperty("spring.mail.host")
    RecurringTask<Void> outboxDispatchTask(OutboxDispatcher dispatcher, OutboxProperties properties) {
        return Tasks.recurring("outbox-dispatch", FixedDelay.of(properties.dispatchInterval()))
                .execute((instance, context) -> dispatcher.dispatchDue());
    }

    @Bean
    RecurringTask<Void> outboxRetentionTask(OutboxRetention retention) {
        return Tasks.recurring("outbox-retention", FixedDelay.of(Duration.ofHours(6)))
                .execute((instance, context) -> retention.deleteExpired());
    }

    @Bean
    OutboxRetention outboxRetention(OutboxMessages messages, OutboxProperties properties, Clock clock) {
        return new OutboxRetention(messages, properties, clock);
    }

    /** Deletes messages older than {@code atelier.mail.retention} (promise R1). */
    static class OutboxRetention {

        private final OutboxMessages messages;
        private final OutboxProperties properties;
        private final Clock clock;

        OutboxRetention(OutboxMessages messages, OutboxProperties properties, Clock clock) {
            this.messages = messages;
            this.properties = properties;
            this.clock = clock;
        }

        @Transactional
        public int deleteExpired() {
            var cutoff = clock.instant()
                    .atZone(ZoneOffset.UTC)
                    .minus(properties.retention())
                    .toInstant();
            var deleted = messages.deleteCreatedBefore(cutoff);
            if (deleted > 0) {
                log.info("Deleted {} outbox messages written before {}", deleted, cutoff);
            }
            return deleted;
        }
    }
}
