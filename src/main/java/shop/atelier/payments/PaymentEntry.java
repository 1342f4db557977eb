package shop.atelier.payments;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.platform.Money;

/**
 * One line of the payment ledger.
 *
 * @param kind e.g. {@code CHECKOUT_STARTED}, {@code PAID}, {@code DECLINED}
 * @param providerEventId the provider's webhook event id, when the line came from a webhook
 */
public record PaymentEntry(
        UUID orderId,
        String provider,
        String kind,
        Money amount,
        @Nullable String providerEventId,
        Instant occurredAt) {}
