package shop.atelier.marketing.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How promotional mail is sent.
 *
 * @param confirmationValidity how long the link confirming a subscription works (double opt-in);
 *     unconfirmed requests are deleted after it
 * @param sendsPerMinute promotional emails all nodes together write to the outbox per minute at most
 * @param sendInterval how often the campaign job looks for queued recipients
 */
@ConfigurationProperties("atelier.marketing")
public record MarketingProperties(
        @DefaultValue("P7D") Duration confirmationValidity,
        @DefaultValue("60") int sendsPerMinute,
        @DefaultValue("PT10S") Duration sendInterval) {

    public MarketingProperties {
        if (sendsPerMinute < 1) {
            throw new IllegalArgumentException("atelier.marketing.sends-per-minute must be at least 1");
        }
        if (confirmationValidity.isNegative() || confirmationValidity.isZero()) {
            throw new IllegalArgumentException("atelier.marketing.confirmation-validity must be positive");
        }
    }
}
