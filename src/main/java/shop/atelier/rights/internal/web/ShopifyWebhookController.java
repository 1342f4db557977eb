package shop.atelier.rights.internal.web;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import shop.atelier.platform.WebhookSignature;
import shop.atelier.rights.internal.RightsProperties;
import shop.atelier.rights.internal.ShopifyCompliance;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shopify's compliance webhooks, in Shopify's JSON shapes, signed with {@code
 * X-Shopify-Hmac-Sha256} (base64 HMAC-SHA256 of the raw body under {@code
 * atelier.rights.shopify-webhook-secret}). 401 on a missing or wrong signature (and while no secret
 * is configured), 400 on a body that is not the expected JSON, 200 otherwise, replays included.
 */
@RestController
class ShopifyWebhookController {

    static final String SIGNATURE = "X-Shopify-Hmac-Sha256";
    static final String WEBHOOK_ID = "X-Shopify-Webhook-Id";
    private static final int MAX_BODY = 64 * 1024;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,255}$");

    private final ShopifyCompliance compliance;
    private final RightsProperties properties;
    private final JsonMapper json;

    ShopifyWebhookController(ShopifyCompliance compliance, RightsProperties properties, JsonMapper json) {
        this.compliance = compliance;
        this.properties = properties;
        this.json = json;
    }

    @PostMapping(path = "/webhooks/shopify/customers/data_request", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> dataRequest(
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = SIGNATURE, required = false) @Nullable String signature,
            @RequestHeader(name = WEBHOOK_ID, required = false) @Nullable String webhookId) {
        var topic = "customers/data_request";
        return handle(topic, body, signature, payload -> {
            var email = customerEmail(payload);
            var reference = "data_request " + text(payload.path("data_request").path("id"), "?");
            return answer(compliance.dataRequest(
                    ShopifyCompliance.deliveryKey(topic, webhookId, body), shopDomain(payload), email, reference));
        });
    }

    @PostMapping(path = "/webhooks/shopify/customers/redact", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> customerRedact(
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = SIGNATURE, required = false) @Nullable String signature,
            @RequestHeader(name = WEBHOOK_ID, required = false) @Nullable String webhookId) {
        var topic = "customers/redact";
        return handle(topic, body, signature, payload -> {
            var email = customerEmail(payload);
            var reference = "customer " + text(payload.path("customer").path("id"), "?");
            return answer(compliance.customerRedact(
                    ShopifyCompliance.deliveryKey(topic, webhookId, body), shopDomain(payload), email, reference));
        });
    }

    @PostMapping(path = "/webhooks/shopify/shop/redact", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> shopRedact(
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = SIGNATURE, required = false) @Nullable String signature,
            @RequestHeader(name = WEBHOOK_ID, required = false) @Nullable String webhookId) {
        var topic = "shop/redact";
        return handle(
                topic,
                body,
                signature,
                payload -> answer(compliance.shopRedact(
                        ShopifyCompliance.deliveryKey(topic, webhookId, body), shopDomain(payload))));
    }

    private interface Action {
        ResponseEntity<?> run(JsonNode payload);
    }

    private ResponseEntity<?> handle(String topic, byte @Nullable [] body, @Nullable String signature, Action action) {
        var secret = properties.shopifyWebhookSecret();
        var bytes = body == null ? new byte[0] : body;
        if (secret.isBlank() || !WebhookSignature.verify(secret.getBytes(StandardCharsets.UTF_8), bytes, signature)) {
            return problem(HttpStatus.UNAUTHORIZED, "The webhook signature is missing or wrong.");
        }
        if (bytes.length > MAX_BODY) {
            return problem(HttpStatus.BAD_REQUEST, "The body is too large.");
        }
        JsonNode payload;
        try {
            payload = json.readTree(bytes);
        } catch (JacksonException notJson) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not JSON.");
        }
        if (payload == null || !payload.isObject()) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not a JSON object.");
        }
        try {
            return action.run(payload);
        } catch (BadPayload bad) {
            return problem(HttpStatus.BAD_REQUEST, bad.getMessage() + " (" + topic + ")");
        }
    }

    private static String customerEmail(JsonNode payload) {
        var email = payload.path("customer").path("email");
        if (!email.isString() || !EMAIL.matcher(email.asString().strip()).matches()) {
            throw new BadPayload("customer.email is missing or not an email address");
        }
        try {
            var address = new InternetAddress(email.asString().strip(), true);
            address.validate();
            return address.getAddress();
        } catch (AddressException e) {
            throw new BadPayload("customer.email is not an email address");
        }
    }

    private static String shopDomain(JsonNode payload) {
        var domain = payload.path("shop_domain");
        if (!domain.isString()
                || domain.asString().isBlank()
                || domain.asString().length() > 255) {
            throw new BadPayload("shop_domain is missing");
        }
        return domain.asString().strip();
    }

    private static String text(JsonNode node, String fallback) {
        if (node.isNumber() || node.isString()) {
            var value = node.asString();
            return value.length() > 100 ? value.substring(0, 100) : value;
        }
        return fallback;
    }

    private static ResponseEntity<?> answer(ShopifyCompliance.Handled handled) {
        return ResponseEntity.ok(Map.of("replay", handled.replay()));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static final class BadPayload extends RuntimeException {
        BadPayload(String message) {
            super(message);
        }
    }
}
