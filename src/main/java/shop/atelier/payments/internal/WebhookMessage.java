package shop.atelier.payments.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.platform.Money;

/**
 * A provider's verified webhook, translated into what the shop acts on. Each provider adapter maps
 * its own payload to this.
 *
 * @param eventId the provider's id of the event, the key for deduplication
 * @param succeeded whether the payment succeeded (otherwise it was declined)
 * @param occurredAt when the provider says the event happened (deliveries may arrive out of order)
 * @param reason why a payment was declined, in the provider's words (no personal data)
 */
public record WebhookMessage(
        String eventId,
        boolean succeeded,
        String checkoutReference,
        UUID orderId,
        Money amount,
        @Nullable String providerPaymentId,
        Instant occurredAt,
        String reason) {}
