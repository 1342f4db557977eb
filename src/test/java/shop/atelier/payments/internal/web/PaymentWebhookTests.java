package shop.atelier.payments.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import shop.atelier.payments.PaymentEntry;
import shop.atelier.payments.PaymentEventsCollector;
import shop.atelier.payments.Payments;
import shop.atelier.platform.Money;
import shop.atelier.platform.WebhookSignature;

/** The provider's webhook over real HTTP: signed, forged, replayed, duplicated, out of order, malformed. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atelier.payments.sandbox.webhook-secret=" + PaymentWebhookTests.SECRET)
@Import(PaymentEventsCollector.class)
class PaymentWebhookTests {

    static final String SECRET = "payments-test-webhook-secret-7f3a9c";

    @LocalServerPort
    int port;

    @Autowired
    Payments payments;

    @Autowired
    PaymentEventsCollector events;

    final HttpClient http = HttpClient.newHttpClient();
    final UUID orderId = UUID.randomUUID();
    final String checkout = "chk_" + UUID.randomUUID();
    final Instant noon = Instant.parse("2026-11-27T12:00:00Z");

    static byte[] event(String eventId, String type, UUID orderId, String checkout, Instant at, long minor) {
        return ("{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\",\"created_at\":\"" + at + "\","
                        + "\"data\":{\"checkout_reference\":\"" + checkout + "\",\"order_id\":\"" + orderId + "\","
                        + "\"amount\":{\"minor\":" + minor + ",\"currency\":\"EUR\"},\"payment_id\":\"pay_" + eventId
                        + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    byte[] succeeded(String eventId, Instant at) {
        return event(eventId, "payment.succeeded", orderId, checkout, at, 2490);
    }

    byte[] declined(String eventId, Instant at) {
        return event(eventId, "payment.declined", orderId, checkout, at, 2490);
    }

    static String sign(byte[] body, String secret) {
        return WebhookSignature.sign(secret.getBytes(StandardCharsets.UTF_8), body);
    }

    HttpRequest request(String provider, byte[] body, @Nullable String signature) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/payments/" + provider))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Atelier-Hmac-Sha256", signature);
        }
        return request.build();
    }

    HttpResponse<String> post(byte[] body, @Nullable String signature) throws Exception {
        return http.send(request("sandbox", body, signature), HttpResponse.BodyHandlers.ofString());
    }

    List<String> ledgerKinds() {
        return payments.ledger(orderId).stream().map(PaymentEntry::kind).toList();
    }

    @Test
    void validSignatureRecordsThePaymentAndConfirmsIt() throws Exception {
        var body = succeeded("evt-" + UUID.randomUUID(), noon);

        var response = post(body, sign(body, SECRET));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ledgerKinds()).containsExactly("PAID");
        var entry = payments.ledger(orderId).getFirst();
        assertThat(entry.amount()).isEqualTo(Money.of(2490, "EUR"));
        assertThat(entry.occurredAt()).isEqualTo(noon);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(events.confirmed(orderId))
                        .singleElement()
                        .satisfies(confirmed -> {
                            assertThat(confirmed.amount()).isEqualTo(Money.of(2490, "EUR"));
                            assertThat(confirmed.provider()).isEqualTo("sandbox");
                            assertThat(confirmed.paidAt()).isEqualTo(noon);
                        }));
    }

    @Test
    void forgedSignatureIsRefusedAndChangesNothing() throws Exception {
        var body = succeeded("evt-" + UUID.randomUUID(), noon);

        var response = post(body, sign(body, "a-secret-the-forger-guessed"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertNothingChanged();
    }

    @Test
    void missingSignatureIsRefusedAndChangesNothing() throws Exception {
        var response = post(succeeded("evt-" + UUID.randomUUID(), noon), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertNothingChanged();
    }

    @Test
    void bodyAlteredAfterSigningIsRefused() throws Exception {
        var signed = succeeded("evt-" + UUID.randomUUID(), noon);
        var altered = new String(signed, StandardCharsets.UTF_8)
                .replace("\"minor\":2490", "\"minor\":1")
                .getBytes(StandardCharsets.UTF_8);

        var response = post(altered, sign(signed, SECRET));

        assertThat(response.statusCode()).isEqualTo(401);
        assertNothingChanged();
    }

    @Test
    void replayedEventIsRecordedAndAnnouncedOnce() throws Exception {
        var body = succeeded("evt-" + UUID.randomUUID(), noon);
        var signature = sign(body, SECRET);

        var first = post(body, signature);
        var replay = post(body, signature);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("duplicate");
        assertThat(ledgerKinds()).containsExactly("PAID");
        assertThat(events.confirmed(orderId)).hasSize(1);
    }

    @Test
    void duplicatedDeliveriesArrivingTogetherAreRecordedOnce() throws Exception {
        var body = succeeded("evt-" + UUID.randomUUID(), noon);
        var signature = sign(body, SECRET);

        var deliveries = List.of(
                http.sendAsync(request("sandbox", body, signature), HttpResponse.BodyHandlers.ofString()),
                http.sendAsync(request("sandbox", body, signature), HttpResponse.BodyHandlers.ofString()),
                http.sendAsync(request("sandbox", body, signature), HttpResponse.BodyHandlers.ofString()));
        CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new)).join();

        assertThat(deliveries)
                .allSatisfy(delivery -> assertThat(delivery.join().statusCode()).isEqualTo(200));
        assertThat(ledgerKinds()).containsExactly("PAID");
        assertThat(events.confirmed(orderId)).hasSize(1);
    }

    @Test
    void secondSuccessForTheSameCheckoutIsNotConfirmedTwice() throws Exception {
        var first = succeeded("evt-" + UUID.randomUUID(), noon);
        var second = succeeded("evt-" + UUID.randomUUID(), noon.plusSeconds(30));

        post(first, sign(first, SECRET));
        post(second, sign(second, SECRET));

        assertThat(ledgerKinds()).containsExactly("PAID", "PAID");
        assertThat(events.confirmed(orderId)).hasSize(1);
    }

    @Test
    void declineArrivingAfterTheSuccessDoesNotFailThePayment() throws Exception {
        var success = succeeded("evt-" + UUID.randomUUID(), noon);
        var earlierDecline = declined("evt-" + UUID.randomUUID(), noon.minusSeconds(60));

        assertThat(post(success, sign(success, SECRET)).statusCode()).isEqualTo(200);
        assertThat(post(earlierDecline, sign(earlierDecline, SECRET)).statusCode())
                .isEqualTo(200);

        assertThat(ledgerKinds()).containsExactly("DECLINED", "PAID");
        assertThat(events.confirmed(orderId)).hasSize(1);
        assertThat(events.failed(orderId)).isEmpty();
    }

    @Test
    void declineWithoutSuccessFailsThePayment() throws Exception {
        var decline = declined("evt-" + UUID.randomUUID(), noon);

        assertThat(post(decline, sign(decline, SECRET)).statusCode()).isEqualTo(200);

        assertThat(ledgerKinds()).containsExactly("DECLINED");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(events.failed(orderId)).hasSize(1));
        assertThat(events.confirmed(orderId)).isEmpty();
    }

    @Test
    void malformedJsonWithAValidSignatureIsABadRequest() throws Exception {
        var body = ("{\"id\":\"evt-1\",\"type\":\"payment.succeeded\",\"data\":{\"order_id\":\"" + orderId + "\"")
                .getBytes(StandardCharsets.UTF_8);

        var response = post(body, sign(body, SECRET));

        assertThat(response.statusCode()).isEqualTo(400);
        assertNothingChanged();
    }

    @Test
    void unknownProviderIsNotFound() throws Exception {
        var body = succeeded("evt-" + UUID.randomUUID(), noon);

        var response =
                http.send(request("no-such-provider", body, sign(body, SECRET)), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertNothingChanged();
    }

    void assertNothingChanged() {
        assertThat(payments.ledger(orderId)).isEmpty();
        assertThat(events.confirmed(orderId)).isEmpty();
        assertThat(events.failed(orderId)).isEmpty();
    }
}
