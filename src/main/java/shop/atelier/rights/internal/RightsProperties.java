package shop.atelier.rights.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines and links of rights requests.
 *
 * @param duePeriod the legal deadline for answering a request, counted from its receipt
 * @param reminderWindow staff are reminded of open requests due within this window (and overdue ones)
 * @param reminderInterval how often the reminder job runs
 * @param verificationValidity how long an emailed verification link works (once)
 * @param verificationMailsPerHour the most verification mails one request sends per hour
 * @param archiveAvailability how long an access archive can be downloaded after the request completed
 * @param statusLinkValidity how long a guest's link to the state of their request works
 * @param cleanupInterval how often expired archives and links are cleared
 * @param shopifyWebhookSecret the secret Shopify signs compliance webhooks with; blank refuses them all
 */
@ConfigurationProperties("atelier.rights")
public record RightsProperties(
        @DefaultValue("P30D") Duration duePeriod,
        @DefaultValue("P7D") Duration reminderWindow,
        @DefaultValue("P1D") Duration reminderInterval,
        @DefaultValue("PT24H") Duration verificationValidity,
        @DefaultValue("3") int verificationMailsPerHour,
        @DefaultValue("P7D") Duration archiveAvailability,
        @DefaultValue("P180D") Duration statusLinkValidity,
        @DefaultValue("PT1H") Duration cleanupInterval,
        @DefaultValue("") String shopifyWebhookSecret) {}
