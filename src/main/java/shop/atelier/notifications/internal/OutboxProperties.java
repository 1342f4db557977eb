package shop.atelier.notifications.internal;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends and keeps mail.
 *
 * @param dispatchInterval how often the dispatch job looks for due messages
 * @param maxAttempts delivery attempts before a message is marked FAILED
 * @param batchSize messages one dispatch run sends at most
 * @param retention how long a message is kept after it was written (the record of emails sent)
 */
@ConfigurationProperties("atelier.mail")
record OutboxProperties(
        @DefaultValue("PT5S") Duration dispatchInterval,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("50") int batchSize,
        @DefaultValue("P2Y") Period retention) {

    OutboxProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("atelier.mail.max-attempts must be at least 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("atelier.mail.batch-size must be at least 1");
        }
    }
}
