package shop.atelier.privacy.internal.cookies;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes the proof of cookie choices once it is older than {@code
 * atelier.privacy.cookie-consent-retention} (default two years, as the data map declares): the
 * consent cookie itself lives half a year, so such a choice no longer counts anywhere. Runs on one
 * node at a time.
 */
@Configuration(proxyBeanMethods = false)
class ConsentRetention {

    private static final Logger log = LoggerFactory.getLogger(ConsentRetention.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    ConsentRetention(
            JdbcClient jdbc,
            Clock clock,
            @Value("${atelier.privacy.cookie-consent-retention:P730D}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    @Bean
    Task<Void> privacyCookieConsentRetention(
            @Value("${atelier.privacy.cookie-consent-cleanup-interval:PT6H}") Duration interval) {
        return Tasks.recurring("privacy-cookie-consent-retention", FixedDelay.of(interval))
                .execute((instance, context) -> deleteExpired());
    }

    int deleteExpired() {
        var deleted = jdbc.sql("delete from privacy_cookie_consents where recorded_at < ?")
                .param(Timestamp.from(clock.instant().minus(retention)))
                .update();
        if (deleted > 0) {
            log.info("Deleted {} cookie choices older than {}", deleted, retention);
        }
        return deleted;
    }
}
