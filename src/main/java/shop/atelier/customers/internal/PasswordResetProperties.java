package shop.atelier.customers.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password reset by emailed link.
 *
 * @param validity how long a link works after it was sent
 * @param maxPerHour how many links one account is sent per hour at most; more requests get the same
 *     answer but send nothing, so nobody can flood a mailbox through the form
 */
@ConfigurationProperties("atelier.customers.password-reset")
record PasswordResetProperties(
        @DefaultValue("PT1H") Duration validity,
        @DefaultValue("3") int maxPerHour) {}
