package shop.atelier.payments.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.payments.PaymentEntry;
import shop.atelier.platform.Money;

/** One row of {@code payment_events}: ids, amounts and times only, never card data. */
record LedgerLine(
        UUID id,
        UUID orderId,
        String provider,
        EntryKind kind,
        Money amount,
        String checkoutReference,
        @Nullable String providerEventId,
        @Nullable String providerPaymentId,
        Instant occurredAt,
        Instant receivedAt) {

    static LedgerLine checkoutStarted(
            UUID orderId, String provider, Money amount, String checkoutReference, Instant now) {
        return new LedgerLine(
                UUID.randomUUID(),
                orderId,
                provider,
                EntryKind.CHECKOUT_STARTED,
                amount,
                checkoutReference,
                null,
                null,
                now,
                now);
    }

    static LedgerLine received(String provider, WebhookMessage message, Instant now) {
        return new LedgerLine(
                UUID.randomUUID(),
                message.orderId(),
                provider,
                message.succeeded() ? EntryKind.PAID : EntryKind.DECLINED,
                message.amount(),
                message.checkoutReference(),
                message.eventId(),
                message.providerPaymentId(),
                message.occurredAt(),
                now);
    }

    PaymentEntry toEntry() {
        return new PaymentEntry(orderId, provider, kind.name(), amount, providerEventId, occurredAt);
    }
}
