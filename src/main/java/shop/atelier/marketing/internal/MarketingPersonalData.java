package shop.atelier.marketing.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.privacy.spi.DataCategory;
import shop.atelier.privacy.spi.DataInventory;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ErasureReport;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;

/**
 * Promotional mail in the data map and in rights requests. Erasure deletes the subscription (and the
 * record of campaigns received) and puts the address's keyed hash on the suppression list, which is
 * kept: it is how the shop keeps its promise never to send the person promotional mail again.
 */
@Component
@Order(100)
class MarketingPersonalData implements PersonalDataHolder {

    static final String HOLDER = "marketing";
    static final String SUBSCRIPTION = "marketing.subscription";
    static final String CAMPAIGNS_RECEIVED = "marketing.campaigns_received";
    static final String SUPPRESSION = "marketing.suppression";

    private final Subscriptions subscriptions;
    private final Suppressions suppressions;
    private final Campaigns campaigns;
    private final MarketingKeys keys;
    private final Newsletter newsletter;
    private final MarketingProperties properties;
    private final Clock clock;

    MarketingPersonalData(
            Subscriptions subscriptions,
            Suppressions suppressions,
            Campaigns campaigns,
            MarketingKeys keys,
            Newsletter newsletter,
            MarketingProperties properties,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.suppressions = suppressions;
        this.campaigns = campaigns;
        this.keys = keys;
        this.newsletter = newsletter;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public DataInventory inventory() {
        return new DataInventory(
                HOLDER,
                List.of(
                        new DataCategory(
                                SUBSCRIPTION,
                                "The email address a person asked to receive promotions and new-product news at, the"
                                        + " account it belongs to (if any), where and when they asked, when they"
                                        + " confirmed it by email, the privacy policy version then in force, and their"
                                        + " language.",
                                "Sending promotions and new-product news only to people who asked for them and"
                                        + " confirmed by email (double opt-in), and proving that they did.",
                                LegalBasis.CONSENT,
                                List.of("the shop's email delivery service (SMTP relay), when one is configured"),
                                "Deleted at once when the person unsubscribes; an unconfirmed request is deleted "
                                        + properties.confirmationValidity().toDays()
                                        + " days after it was made.",
                                List.of(
                                        "marketing_subscriptions.id",
                                        "marketing_subscriptions.email",
                                        "marketing_subscriptions.address_hash",
                                        "marketing_subscriptions.customer_id",
                                        "marketing_subscriptions.status",
                                        "marketing_subscriptions.source",
                                        "marketing_subscriptions.locale",
                                        "marketing_subscriptions.requested_at",
                                        "marketing_subscriptions.confirmation_hash",
                                        "marketing_subscriptions.confirmation_expires_at",
                                        "marketing_subscriptions.confirmed_at",
                                        "marketing_subscriptions.policy_version")),
                        new DataCategory(
                                CAMPAIGNS_RECEIVED,
                                "Which promotional campaigns were sent to a subscriber, and when.",
                                "Sending each campaign once to each subscriber, at a limited rate.",
                                LegalBasis.CONSENT,
                                List.of(),
                                "Deleted with the subscription.",
                                List.of(
                                        "marketing_campaign_recipients.campaign_id",
                                        "marketing_campaign_recipients.subscription_id",
                                        "marketing_campaign_recipients.status",
                                        "marketing_campaign_recipients.sent_at")),
                        new DataCategory(
                                SUPPRESSION,
                                "A keyed hash (HMAC-SHA256 under a secret of the shop) of an address that unsubscribed"
                                        + " or was erased, why and since when; never the address itself.",
                                "Never sending promotional mail again to a person who unsubscribed or had their data"
                                        + " erased.",
                                LegalBasis.LEGITIMATE_INTEREST,
                                List.of(),
                                "Kept while the shop sends promotional mail; removed only when the person subscribes"
                                        + " again and confirms by email.",
                                List.of(
                                        "marketing_suppressions.address_hash",
                                        "marketing_suppressions.reason",
                                        "marketing_suppressions.suppressed_at"))),
                List.of(
                        "marketing_keys.name",
                        "marketing_keys.secret",
                        "marketing_keys.created_at",
                        "marketing_campaigns.id",
                        "marketing_campaigns.subject",
                        "marketing_campaigns.body",
                        "marketing_campaigns.status",
                        "marketing_campaigns.created_at",
                        "marketing_campaigns.started_at",
                        "marketing_campaigns.finished_at",
                        "marketing_campaigns.recipients_total",
                        "marketing_campaigns.sent_count",
                        "marketing_campaigns.skipped_count"),
                List.of(
                        "marketing_suppressions.address_hash",
                        "marketing_suppressions.reason",
                        "marketing_suppressions.suppressed_at"));
    }

    @Override
    @Transactional(readOnly = true)
    public void export(DataSubject subject, ExportSink sink) {
        for (var subscription : subscriptions.ofPerson(subject.email(), subject.customerId())) {
            var fields = new LinkedHashMap<String, Object>();
            fields.put("email", subscription.email());
            fields.put("status", subscription.status().name());
            fields.put("askedAt", subscription.source().name());
            fields.put("requestedAt", subscription.requestedAt().toString());
            if (subscription.confirmedAt() != null) {
                fields.put("confirmedAt", subscription.confirmedAt().toString());
            }
            if (subscription.policyVersion() != null) {
                fields.put("policyVersion", subscription.policyVersion());
            }
            fields.put("language", subscription.locale().toLanguageTag());
            fields.put(
                    "campaignsReceived",
                    campaigns.receivedBy(subscription.id()).stream()
                            .map(received -> Map.of(
                                    "subject",
                                    received.subject(),
                                    "sentAt",
                                    received.sentAt().toString()))
                            .toList());
            sink.record(HOLDER, "subscription", Map.copyOf(fields));
        }
        suppressions
                .find(keys.addressHash(subject.email()))
                .ifPresent(entry -> sink.record(
                        HOLDER,
                        "suppression",
                        Map.of(
                                "reason", entry.reason().name(),
                                "since", entry.since().toString(),
                                "meaning", "This address is never sent promotional mail.")));
    }

    /**
     * Deletes the person's subscriptions (found by address and by account) with their record of
     * campaigns received, in either mode, and suppresses every address they used.
     */
    @Override
    @Transactional
    public ErasureReport erase(DataSubject subject, ErasureMode mode) {
        var found = subscriptions.ofPerson(subject.email(), subject.customerId());
        for (var subscription : found) {
            newsletter.unsubscribeHash(keys.addressHash(subscription.email()), SuppressionReason.ERASED);
        }
        newsletter.unsubscribeHash(keys.addressHash(subject.email()), SuppressionReason.ERASED);
        var erased = found.isEmpty()
                ? List.<String>of()
                : List.of(SUBSCRIPTION + ": " + found.size() + " deleted", CAMPAIGNS_RECEIVED + ": deleted");
        return new ErasureReport(
                HOLDER,
                erased,
                List.of(new ErasureReport.Kept(
                        SUPPRESSION,
                        "A keyed hash of the address (not the address) stays on the suppression list, so the shop"
                                + " never sends promotional mail to it again.",
                        null)));
    }
}
