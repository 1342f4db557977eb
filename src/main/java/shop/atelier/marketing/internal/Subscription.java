package shop.atelier.marketing.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's subscription to promotional mail. Active only once CONFIRMED through the emailed link
 * (double opt-in); the confirmation records when, how the person asked, and the privacy policy
 * version in force.
 */
public record Subscription(
        UUID id,
        String email,
        String addressHash,
        @Nullable UUID customerId,
        SubscriptionStatus status,
        OptInSource source,
        Locale locale,
        Instant requestedAt,
        @Nullable Instant confirmationExpiresAt,
        @Nullable Instant confirmedAt,
        @Nullable String policyVersion) {

    public boolean confirmed() {
        return status == SubscriptionStatus.CONFIRMED;
    }
}
