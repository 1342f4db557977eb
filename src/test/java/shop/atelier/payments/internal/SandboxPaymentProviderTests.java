package shop.atelier.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.env.MockEnvironment;
import shop.atelier.platform.Money;
import shop.atelier.platform.WebhookSignature;
import tools.jackson.databind.json.JsonMapper;

class SandboxPaymentProviderTests {

    final Clock clock = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    final SandboxPaymentProvider sandbox = new SandboxPaymentProvider(
            mock(SandboxCheckouts.class),
            JsonMapper.builder().build(),
            clock,
            new MockEnvironment(),
            "a-secret-for-these-unit-tests");

    @Test
    void usesTheDevelopmentSecretOnlyWithoutDeploymentProfiles() {
        assertThat(SandboxPaymentProvider.resolveSecret("", new String[0]))
                .asString(StandardCharsets.UTF_8)
                .isEqualTo(SandboxPaymentProvider.DEVELOPMENT_SECRET);
        assertThat(SandboxPaymentProvider.resolveSecret(null, new String[] {"test"}))
                .isEqualTo(SandboxPaymentProvider.DEVELOPMENT_SECRET.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesToStartInADeploymentWithoutASecret() {
        assertThatIllegalStateException()
                .isThrownBy(() -> SandboxPaymentProvider.resolveSecret(" ", new String[] {"prod"}))
                .withMessageContaining("atelier.payments.sandbox.webhook-secret")
                .withMessageContaining("prod");
        assertThat(SandboxPaymentProvider.resolveSecret("a-long-enough-secret-value", new String[] {"prod"}))
                .asString(StandardCharsets.UTF_8)
                .isEqualTo("a-long-enough-secret-value");
    }

    @Test
    void refusesAShortSecret() {
        assertThatIllegalStateException()
                .isThrownBy(() -> SandboxPaymentProvider.resolveSecret("short", new String[0]));
    }

    @Test
    void readsItsOwnWebhooks() {
        var checkout = new SandboxCheckout(
                "sbx_ref",
                UUID.randomUUID(),
                "A-1",
                Money.of(2490, "EUR"),
                URI.create("/orders/1"),
                SandboxCheckout.Status.OPEN,
                clock.instant(),
                null);
        var body = sandbox.webhookBody(checkout, false);
        var headers = new HttpHeaders();
        headers.set(
                SandboxPaymentProvider.SIGNATURE_HEADER,
                WebhookSignature.sign("a-secret-for-these-unit-tests".getBytes(StandardCharsets.UTF_8), body));
        assertThat(sandbox.isAuthentic(body, headers)).isTrue();
        var message = sandbox.parse(body).orElseThrow();
        assertThat(message.succeeded()).isFalse();
        assertThat(message.orderId()).isEqualTo(checkout.orderId());
        assertThat(message.amount()).isEqualTo(checkout.amount());
        assertThat(message.checkoutReference()).isEqualTo("sbx_ref");
        assertThat(message.occurredAt()).isEqualTo(clock.instant());
        assertThat(message.reason()).isEqualTo("declined_by_customer");
    }

    @Test
    void refusesMalformedBodies() {
        for (var body : new String[] {
            "not json",
            "[1,2]",
            "{\"id\":\"e1\",\"type\":\"payment.succeeded\"}",
            "{\"id\":\"e1\",\"type\":\"payment.succeeded\",\"created_at\":\"yesterday\",\"data\":{}}",
            "{\"id\":\"e1\",\"type\":\"payment.succeeded\",\"created_at\":\"2026-11-27T12:00:00Z\",\"data\":"
                    + "{\"checkout_reference\":\"r\",\"order_id\":\"nope\",\"amount\":{\"minor\":1,\"currency\":\"EUR\"}}}",
            "{\"id\":\"e1\",\"type\":\"payment.succeeded\",\"created_at\":\"2026-11-27T12:00:00Z\",\"data\":"
                    + "{\"checkout_reference\":\"r\",\"order_id\":\"" + UUID.randomUUID()
                    + "\",\"amount\":{\"minor\":\"1\",\"currency\":\"EUR\"}}}",
            "{\"id\":\"e1\",\"type\":\"payment.succeeded\",\"created_at\":\"2026-11-27T12:00:00Z\",\"data\":"
                    + "{\"checkout_reference\":\"r\",\"order_id\":\"" + UUID.randomUUID()
                    + "\",\"amount\":{\"minor\":1,\"currency\":\"XXXX\"}}}"
        }) {
            assertThatThrownBy(() -> sandbox.parse(body.getBytes(StandardCharsets.UTF_8)))
                    .as(body)
                    .isInstanceOf(MalformedWebhookException.class);
        }
    }

    @Test
    void ignoresEventTypesTheShopDoesNotActOn() {
        assertThat(sandbox.parse(
                        "{\"id\":\"e1\",\"type\":\"payment.refund_requested\"}".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }
}
