package shop.atelier.marketing.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.Notifications;
import shop.atelier.platform.SecretToken;
import shop.atelier.platform.ShopProperties;
import shop.atelier.privacy.PolicyVersions;

/**
 * Subscriptions to promotional mail (promise U5): asked for at checkout or in the account, active
 * only once the person confirms through the emailed link (double opt-in), ended at once by the
 * one-click unsubscribe link (promise G4).
 *
 * <p>Unsubscribing deletes the subscription and puts the address's keyed hash on the suppression
 * list. Only a new request that the person confirms again by email takes an address off that list:
 * an explicit, confirmed opt-in outweighs an earlier refusal, while an unconfirmed request (anybody
 * can type an address) changes nothing.
 */
@Service
public class Newsletter {

    private static final Logger log = LoggerFactory.getLogger(Newsletter.class);
    private static final Duration RESEND_PAUSE = Duration.ofMinutes(5);

    /** What a request for promotional mail led to. */
    public enum Requested {
        /** A confirmation link was emailed; nothing is sent until the person follows it. */
        CONFIRMATION_SENT,
        /** The address is subscribed already; nothing changed. */
        ALREADY_SUBSCRIBED
    }

    private final Subscriptions subscriptions;
    private final Suppressions suppressions;
    private final Campaigns campaigns;
    private final MarketingKeys keys;
    private final UnsubscribeLinks unsubscribeLinks;
    private final Notifications notifications;
    private final PolicyVersions policyVersions;
    private final MarketingProperties properties;
    private final ShopProperties shop;
    private final Clock clock;

    Newsletter(
            Subscriptions subscriptions,
            Suppressions suppressions,
            Campaigns campaigns,
            MarketingKeys keys,
            UnsubscribeLinks unsubscribeLinks,
            Notifications notifications,
            PolicyVersions policyVersions,
            MarketingProperties properties,
            ShopProperties shop,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.suppressions = suppressions;
        this.campaigns = campaigns;
        this.keys = keys;
        this.unsubscribeLinks = unsubscribeLinks;
        this.notifications = notifications;
        this.policyVersions = policyVersions;
        this.properties = properties;
        this.shop = shop;
        this.clock = clock;
    }

    /**
     * Asks the address to confirm a subscription: a pending request (valid for {@code
     * atelier.marketing.confirmation-validity}) and a transactional email with the confirmation
     * link. Asking again renews the link, but at most once every five minutes an address gets a
     * confirmation email.
     */
    @Transactional
    public Requested request(String email, @Nullable UUID customerId, OptInSource source, Locale locale) {
        var existing = subscriptions.byEmail(email);
        if (existing.filter(Subscription::confirmed).isPresent()) {
            return Requested.ALREADY_SUBSCRIBED;
        }
        var now = clock.instant();
        // Anybody can type an address: a burst of requests must not flood its inbox. The link of the
        // request just made still works.
        if (existing.filter(pending -> pending.requestedAt().isAfter(now.minus(RESEND_PAUSE)))
                .isPresent()) {
            return Requested.CONFIRMATION_SENT;
        }
        var token = SecretToken.random().value();
        var expires = now.plus(properties.confirmationValidity());
        subscriptions.savePending(
                new Subscription(
                        UUID.randomUUID(),
                        email,
                        keys.addressHash(email),
                        customerId,
                        SubscriptionStatus.PENDING,
                        source,
                        locale,
                        now,
                        expires,
                        null,
                        null),
                confirmationHash(token));
        notifications.enqueue(Email.transactional(
                        MarketingKeys.normalized(email),
                        "mail.marketing.confirm.subject",
                        "mail/marketing/confirm-subscription",
                        Map.of(
                                "confirmUrl",
                                UnsubscribeLinks.stripSlash(shop.baseUrl().toString()) + "/newsletter/confirm/" + token,
                                "validDays",
                                Math.max(1, properties.confirmationValidity().toDays())),
                        shop.name())
                .withLocale(locale));
        return Requested.CONFIRMATION_SENT;
    }

    /** The request a confirmation link opens, while it waits and its link is valid. */
    @Transactional(readOnly = true)
    public Optional<Subscription> pending(String confirmationToken) {
        return subscriptions.pendingByConfirmation(confirmationHash(confirmationToken), clock.instant());
    }

    /**
     * Confirms the subscription, recording the time and the policy version in force, and takes the
     * address off the suppression list (a new, confirmed opt-in).
     *
     * @return the confirmed subscription; empty for an unknown, used or expired link
     */
    @Transactional
    public Optional<Subscription> confirm(String confirmationToken) {
        var pending = pending(confirmationToken);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        var subscription = pending.get();
        if (!subscriptions.confirm(subscription.id(), clock.instant(), policyVersions.current())) {
            return Optional.empty();
        }
        suppressions.remove(subscription.addressHash());
        return subscriptions.byId(subscription.id());
    }

    /**
     * Honours a one-click unsubscribe link at once: the subscription is deleted and the address
     * suppressed. Repeating it, or following it after the person's data was erased, is harmless.
     *
     * @return false for a made-up or altered link
     */
    @Transactional
    public boolean unsubscribe(String unsubscribeToken) {
        var addressHash = unsubscribeLinks.addressHash(unsubscribeToken);
        addressHash.ifPresent(hash -> unsubscribeHash(hash, SuppressionReason.UNSUBSCRIBED));
        return addressHash.isPresent();
    }

    /** Whether the unsubscribe link is one the shop made (not made up or altered). */
    public boolean genuineUnsubscribeLink(String unsubscribeToken) {
        return unsubscribeLinks.addressHash(unsubscribeToken).isPresent();
    }

    /** Unsubscribes an address (a signed-in customer's own) at once. */
    @Transactional
    public void unsubscribeAddress(String email) {
        unsubscribeHash(keys.addressHash(email), SuppressionReason.UNSUBSCRIBED);
    }

    void unsubscribeHash(String addressHash, SuppressionReason reason) {
        subscriptions.byAddressHash(addressHash).ifPresent(subscription -> campaigns.dropQueuedOf(subscription.id()));
        var deleted = subscriptions.deleteByAddressHash(addressHash);
        suppressions.add(addressHash, reason, clock.instant());
        log.info("Promotional mail stopped for an address ({} subscription deleted, {})", deleted, reason);
    }

    @Transactional(readOnly = true)
    public Optional<Subscription> of(String email) {
        return subscriptions.byEmail(email);
    }

    /** Whether an address is on the suppression list. */
    @Transactional(readOnly = true)
    public boolean suppressed(String email) {
        return suppressions.contains(keys.addressHash(email));
    }

    /** Deletes requests nobody confirmed in time. */
    @Transactional
    public int deleteExpiredRequests() {
        var deleted = subscriptions.deleteExpiredPending(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} unconfirmed subscription requests", deleted);
        }
        return deleted;
    }

    public Duration confirmationValidity() {
        return properties.confirmationValidity();
    }

    /** The stored form of a confirmation token: its SHA-256, in hex. */
    static String confirmationHash(String token) {
        return HexFormat.of().formatHex(SecretToken.hash(token));
    }
}
