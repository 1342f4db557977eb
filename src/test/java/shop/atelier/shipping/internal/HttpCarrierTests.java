package shop.atelier.shipping.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shop.atelier.orders.ShippingLabel;
import tools.jackson.databind.json.JsonMapper;

/** The carrier's API, a real HTTP server on a local port, receives the label fields and nothing else. */
class HttpCarrierTests {

    static final ShippingLabel LABEL = new ShippingLabel(
            "A-2611-7K3Q", "Ann Example", "Hauptstraße 1", "Hinterhaus", "10115", "Berlin", "DE", "+49 30 1234");
    static final Parcel PARCEL = new Parcel(1200, 40, 30, 15);

    final CarrierServer server = new CarrierServer();
    final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void stop() {
        server.close();
    }

    HttpCarrier carrier(boolean requiresPhone) {
        return new HttpCarrier(
                new ShippingProperties.Carrier(
                        "parcel-api",
                        "Parcel API",
                        ShippingProperties.Carrier.Type.HTTP,
                        server.baseUrl(),
                        "key-123",
                        "webhook-secret-0123456789",
                        requiresPhone),
                json);
    }

    Map<String, Object> receivedJson() {
        return json.readValue(server.received.getFirst().body(), Map.class);
    }

    @Test
    void postsExactlyTheLabelAndParcelWithTheApiKeyAndReturnsTheTrackingNumber() {
        var tracking = carrier(false).dispatch(LabelData.forCarrier(LABEL, PARCEL, false));

        assertThat(tracking).isEqualTo(server.trackingNumbers.getFirst());
        var request = server.received.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/labels");
        assertThat(request.header("Authorization")).isEqualTo("Bearer key-123");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(receivedJson())
                .isEqualTo(Map.of(
                        "reference", "A-2611-7K3Q",
                        "recipient",
                                Map.of(
                                        "name", "Ann Example",
                                        "line1", "Hauptstraße 1",
                                        "line2", "Hinterhaus",
                                        "postalCode", "10115",
                                        "city", "Berlin",
                                        "country", "DE"),
                        "parcel", Map.of("weightGrams", 1200, "lengthCm", 40, "widthCm", 30, "heightCm", 15)));
        assertThat(request.text()).doesNotContain("+49 30 1234").doesNotContain("@");
    }

    @Test
    void thePhoneGoesOnlyToACarrierThatRequiresIt() {
        carrier(true).dispatch(LabelData.forCarrier(LABEL, PARCEL, true));

        assertThat(receivedJson().get("recipient"))
                .isInstanceOf(Map.class)
                .extracting("phone")
                .isEqualTo("+49 30 1234");
    }

    @Test
    void aRefusalIsReportedAsTheCarrierBeingUnavailable() {
        server.answer(422);

        assertThatThrownBy(() -> carrier(false).dispatch(LabelData.forCarrier(LABEL, PARCEL, false)))
                .isInstanceOf(CarrierUnavailable.class);
    }

    @Test
    void webhooksMustCarryTheCarriersSignature() {
        var body = "{\"eventId\":\"e1\"}".getBytes();
        var carrier = carrier(false);

        assertThat(carrier.isAuthentic(body, TrackingSignature.sign("webhook-secret-0123456789", body)))
                .isTrue();
        assertThat(carrier.isAuthentic(body, TrackingSignature.sign("another-secret-0123456789", body)))
                .isFalse();
        assertThat(carrier.isAuthentic(body, null)).isFalse();
        assertThat(carrier.isAuthentic(body, "not base64!")).isFalse();
    }
}
