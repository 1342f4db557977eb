package shop.atelier.shipping.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A carrier with a label API: the label data is posted as JSON to {@code {base-url}/labels} with
 * the API key as a bearer token; the answer names the tracking number ({@code {"trackingNumber":
 * "..."}}). Tracking comes back through signed webhooks.
 */
final class HttpCarrier extends ConfiguredCarrier {

    private final RestClient http;
    private final JsonMapper json;

    HttpCarrier(ShippingProperties.Carrier carrier, JsonMapper json) {
        super(carrier);
        this.json = json;
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        factory.setReadTimeout(Duration.ofSeconds(20));
        this.http = RestClient.builder()
                .requestFactory(factory)
                .baseUrl(Objects.requireNonNull(carrier.baseUrl()).toString())
                .build();
    }

    @Override
    public boolean manual() {
        return false;
    }

    @Override
    public String dispatch(LabelData data) {
        byte[] answer;
        try {
            answer = http.post()
                    .uri("/labels")
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .headers(headers -> headers.setBearerAuth(Objects.requireNonNull(carrier.apiKey())))
                    .body(json.writeValueAsBytes(body(data)))
                    .retrieve()
                    .body(byte[].class);
        } catch (RestClientException e) {
            throw new CarrierUnavailable(carrier.name(), e.getMessage() == null ? "no answer" : e.getMessage());
        }
        JsonNode tracking;
        try {
            tracking = answer == null ? null : json.readTree(answer).path("trackingNumber");
        } catch (JacksonException e) {
            throw new CarrierUnavailable(carrier.name(), "the answer is not JSON");
        }
        if (tracking == null || !tracking.isString() || tracking.asString().isBlank()) {
            throw new CarrierUnavailable(carrier.name(), "no tracking number in the answer");
        }
        return tracking.asString().strip();
    }

    /** The JSON the carrier receives: the label fields and the parcel, nothing else. */
    static Map<String, Object> body(LabelData data) {
        var label = data.label();
        var recipient = new LinkedHashMap<String, Object>();
        recipient.put("name", label.recipientName());
        recipient.put("line1", label.line1());
        if (label.line2() != null) {
            recipient.put("line2", label.line2());
        }
        recipient.put("postalCode", label.postalCode());
        recipient.put("city", label.city());
        recipient.put("country", label.country());
        if (label.phone() != null) {
            recipient.put("phone", label.phone());
        }
        var parcel = data.parcel();
        var body = new LinkedHashMap<String, Object>();
        body.put("reference", label.orderNumber());
        body.put("recipient", recipient);
        body.put(
                "parcel",
                Map.of(
                        "weightGrams", parcel.weightGrams(),
                        "lengthCm", parcel.lengthCm(),
                        "widthCm", parcel.widthCm(),
                        "heightCm", parcel.heightCm()));
        return body;
    }

    @Override
    public boolean isAuthentic(byte[] body, @Nullable String signature) {
        return TrackingSignature.verify(carrier.webhookSecret(), body, signature);
    }
}
