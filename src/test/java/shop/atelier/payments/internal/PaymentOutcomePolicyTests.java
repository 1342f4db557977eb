package shop.atelier.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.atelier.payments.internal.PaymentOutcomePolicy.Announcement.CONFIRMED;
import static shop.atelier.payments.internal.PaymentOutcomePolicy.Announcement.FAILED;
import static shop.atelier.payments.internal.PaymentOutcomePolicy.Announcement.NONE;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.atelier.platform.Money;

class PaymentOutcomePolicyTests {

    final UUID order = UUID.randomUUID();
    final Instant noon = Instant.parse("2026-11-27T12:00:00Z");
    final LedgerLine started = LedgerLine.checkoutStarted(order, "sandbox", Money.of(2490, "EUR"), "chk-1", noon);

    WebhookMessage event(boolean succeeded, String checkout, Instant at) {
        return new WebhookMessage(
                UUID.randomUUID().toString(),
                succeeded,
                checkout,
                order,
                Money.of(2490, "EUR"),
                "pay-1",
                at,
                "declined");
    }

    LedgerLine recorded(WebhookMessage message) {
        return LedgerLine.received("sandbox", message, message.occurredAt());
    }

    @Test
    void firstSuccessIsConfirmed() {
        assertThat(PaymentOutcomePolicy.decide(List.of(started), event(true, "chk-1", noon)))
                .isEqualTo(CONFIRMED);
    }

    @Test
    void secondSuccessForTheSameCheckoutIsNotConfirmedAgain() {
        var first = recorded(event(true, "chk-1", noon));
        assertThat(PaymentOutcomePolicy.decide(List.of(started, first), event(true, "chk-1", noon.plusSeconds(5))))
                .isEqualTo(NONE);
    }

    @Test
    void declineWithoutSuccessFails() {
        assertThat(PaymentOutcomePolicy.decide(List.of(started), event(false, "chk-1", noon)))
                .isEqualTo(FAILED);
    }

    @Test
    void declineIsIgnoredWhenASuccessIsRecordedWhetherEarlierOrLater() {
        var paid = recorded(event(true, "chk-1", noon));
        assertThat(PaymentOutcomePolicy.decide(List.of(started, paid), event(false, "chk-1", noon.minusSeconds(60))))
                .isEqualTo(NONE);
        assertThat(PaymentOutcomePolicy.decide(List.of(started, paid), event(false, "chk-2", noon.plusSeconds(60))))
                .isEqualTo(NONE);
    }

    @Test
    void successAfterADeclineIsConfirmed() {
        var declined = recorded(event(false, "chk-1", noon));
        assertThat(PaymentOutcomePolicy.decide(List.of(started, declined), event(true, "chk-2", noon.plusSeconds(60))))
                .isEqualTo(CONFIRMED);
    }
}
