package shop.atelier.marketing.internal;

import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.Notifications;

/**
 * Writes queued campaign mail to the outbox as PROMOTIONAL, at most {@code
 * atelier.marketing.sends-per-minute} for the whole shop: each run takes a database lock, counts
 * what was written in the last minute and sends only the rest of the allowance. The outbox sends
 * transactional mail first, so a campaign never delays an order's mail.
 *
 * <p>Every recipient is checked again when their mail is written: only a subscription still
 * confirmed and an address not on the suppression list get it (an unsubscribe or erasure since the
 * campaign started wins).
 */
@Component
class CampaignSender {

    private static final Logger log = LoggerFactory.getLogger(CampaignSender.class);

    private final Campaigns campaigns;
    private final Subscriptions subscriptions;
    private final Suppressions suppressions;
    private final MarketingKeys keys;
    private final UnsubscribeLinks unsubscribeLinks;
    private final Notifications notifications;
    private final MarketingProperties properties;
    private final Clock clock;

    CampaignSender(
            Campaigns campaigns,
            Subscriptions subscriptions,
            Suppressions suppressions,
            MarketingKeys keys,
            UnsubscribeLinks unsubscribeLinks,
            Notifications notifications,
            MarketingProperties properties,
            Clock clock) {
        this.campaigns = campaigns;
        this.subscriptions = subscriptions;
        this.suppressions = suppressions;
        this.keys = keys;
        this.unsubscribeLinks = unsubscribeLinks;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends what the per-minute allowance permits now.
     *
     * @return how many emails were written to the outbox
     */
    @Transactional
    public int sendDue() {
        campaigns.lockSending();
        var now = clock.instant();
        var allowance = properties.sendsPerMinute() - campaigns.sentInMinuteBefore(now);
        var sent = 0;
        if (allowance > 0) {
            for (var recipient : campaigns.claimQueued(now, allowance)) {
                if (send(recipient)) {
                    campaigns.markSent(recipient, now);
                    sent++;
                } else {
                    campaigns.markSkipped(recipient);
                }
            }
        }
        campaigns.finishDrained(now);
        if (sent > 0) {
            log.info("Wrote {} campaign emails to the outbox", sent);
        }
        return sent;
    }

    private boolean send(Campaigns.Queued recipient) {
        var subscription = subscriptions.byId(recipient.subscriptionId()).filter(Subscription::confirmed);
        // The hash is made from the address again: a row copied from an old list cannot slip through.
        if (subscription.isEmpty()
                || suppressions.contains(keys.addressHash(subscription.get().email()))) {
            return false;
        }
        var campaign = campaigns.find(recipient.campaignId()).orElseThrow();
        var to = subscription.get();
        notifications.enqueue(Email.promotional(
                        to.email(),
                        "mail.marketing.campaign.subject",
                        "mail/marketing/campaign",
                        Map.of("paragraphs", campaign.paragraphLines()),
                        unsubscribeLinks.url(keys.addressHash(to.email())),
                        campaign.subject())
                .withLocale(to.locale()));
        return true;
    }
}
