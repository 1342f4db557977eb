package shop.atelier.payments.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;
import shop.atelier.payments.CheckoutSession;
import shop.atelier.payments.PaymentProvider;
import shop.atelier.payments.PaymentRequest;
import shop.atelier.platform.Money;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.WebhookSignature;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for a hosted-checkout provider that moves no money: its own payment page under {@code
 * /sandbox-pay/{reference}} with Pay and Decline, and a webhook to the shop signed the way Shopify
 * signs them, delivered over real HTTP. The shop's side of the flow is exactly the one a real
 * provider would drive.
 */
@Component
@ConditionalOnProperty(
        name = "atelier.payments.provider",
        havingValue = SandboxPaymentProvider.NAME,
        matchIfMissing = true)
public class SandboxPaymentProvider implements PaymentProvider, WebhookAdapter {

    public static final String NAME = "sandbox";
    public static final String SIGNATURE_HEADER = "X-Atelier-Hmac-Sha256";
    public static final String WEBHOOK_ID_HEADER = "X-Atelier-Webhook-Id";
    static final String SUCCEEDED = "payment.succeeded";
    static final String DECLINED = "payment.declined";

    /** Used only when no secret is configured and no profile but {@code default}/{@code test} is active. */
    static final String DEVELOPMENT_SECRET = "atelier-sandbox-development-secret-do-not-use-in-production";

    private static final Logger log = LoggerFactory.getLogger(SandboxPaymentProvider.class);
    private static final Set<String> DEVELOPMENT_PROFILES = Set.of("default", "test");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What became of a press of Pay or Decline. */
    public enum Completion {
        /** The shop acknowledged the webhook; send the customer back. */
        DELIVERED,
        /** The checkout was completed before (another tab, a second click). */
        ALREADY_COMPLETED,
        /** The shop could not be reached; the checkout is open again. */
        UNDELIVERED
    }

    private final SandboxCheckouts checkouts;
    private final JsonMapper json;
    private final Clock clock;
    private final byte[] secret;
    private final RestClient http;

    SandboxPaymentProvider(
            SandboxCheckouts checkouts,
            JsonMapper json,
            Clock clock,
            Environment environment,
            @Value("${atelier.payments.sandbox.webhook-secret:}") String configuredSecret) {
        this.checkouts = checkouts;
        this.json = json;
        this.clock = clock;
        this.secret = resolveSecret(configuredSecret, environment.getActiveProfiles());
        this.http = RestClient.builder().requestFactory(webhookRequestFactory()).build();
    }

    /**
     * The webhook secret: the configured one, or a development secret when nothing but the default
     * or test profile is active. Any other profile (a deployment) without a secret refuses to start.
     */
    static byte[] resolveSecret(@Nullable String configured, String[] activeProfiles) {
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < 16) {
                throw new IllegalStateException("atelier.payments.sandbox.webhook-secret is too short: use at least"
                        + " 16 characters of random text");
            }
            return configured.strip().getBytes(StandardCharsets.UTF_8);
        }
        var deployed = Arrays.stream(activeProfiles)
                .filter(profile -> !DEVELOPMENT_PROFILES.contains(profile))
                .toList();
        if (!deployed.isEmpty()) {
            throw new IllegalStateException("Set atelier.payments.sandbox.webhook-secret (environment variable"
                    + " ATELIER_PAYMENTS_SANDBOX_WEBHOOK_SECRET): the sandbox payment provider refuses to use its"
                    + " development secret with the profiles " + deployed + " active");
        }
        return DEVELOPMENT_SECRET.getBytes(StandardCharsets.UTF_8);
    }

    private static JdkClientHttpRequestFactory webhookRequestFactory() {
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        factory.setReadTimeout(Duration.ofSeconds(20));
        return factory;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckoutSession startCheckout(PaymentRequest request) {
        var reference = "sbx_" + randomToken();
        checkouts.insert(new SandboxCheckout(
                reference,
                request.orderId(),
                request.orderNumber(),
                request.amount(),
                request.returnUrl(),
                SandboxCheckout.Status.OPEN,
                clock.instant(),
                null));
        return new CheckoutSession(reference, URI.create("/sandbox-pay/" + reference));
    }

    public SandboxCheckout checkout(String reference) {
        return checkouts.find(reference).orElseThrow(() -> new NotFoundException("No sandbox checkout " + reference));
    }

    /**
     * Completes the checkout as the customer chose and tells the shop by a signed webhook, posted
     * over HTTP to {@code shopBaseUrl/webhooks/payments/sandbox} like a real provider would.
     */
    public Completion complete(String reference, boolean pay, URI shopBaseUrl) {
        var checkout = checkout(reference);
        var status = pay ? SandboxCheckout.Status.PAID : SandboxCheckout.Status.DECLINED;
        if (!checkouts.complete(reference, status, clock.instant())) {
            return Completion.ALREADY_COMPLETED;
        }
        var body = webhookBody(checkout, pay);
        var eventId = json.readTree(body).path("id").asString();
        var target = UriComponentsBuilder.fromUri(shopBaseUrl)
                .path("/webhooks/payments/{provider}")
                .buildAndExpand(NAME)
                .toUri();
        try {
            http.post()
                    .uri(target)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(SIGNATURE_HEADER, WebhookSignature.sign(secret, body))
                    .header(WEBHOOK_ID_HEADER, eventId)
                    .body(body)
                    .retrieve()
                    .toBodilessEntity();
            return Completion.DELIVERED;
        } catch (RestClientException e) {
            log.warn("Sandbox could not deliver webhook {} to {}: {}", eventId, target, e.getMessage());
            checkouts.reopen(reference);
            return Completion.UNDELIVERED;
        }
    }

    byte[] webhookBody(SandboxCheckout checkout, boolean pay) {
        var root = json.createObjectNode()
                .put("id", UUID.randomUUID().toString())
                .put("type", pay ? SUCCEEDED : DECLINED)
                .put("created_at", clock.instant().toString());
        var data = root.putObject("data")
                .put("checkout_reference", checkout.reference())
                .put("order_id", checkout.orderId().toString())
                .put("payment_id", "sbx_pay_" + randomToken());
        data.putObject("amount")
                .put("minor", checkout.amount().minor())
                .put("currency", checkout.amount().currency().getCurrencyCode());
        if (!pay) {
            data.put("decline_reason", "declined_by_customer");
        }
        return json.writeValueAsBytes(root);
    }

    @Override
    public boolean isAuthentic(byte[] body, HttpHeaders headers) {
        return WebhookSignature.verify(secret, body, headers.getFirst(SIGNATURE_HEADER));
    }

    @Override
    public Optional<WebhookMessage> parse(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedWebhookException("not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedWebhookException("not a JSON object");
        }
        var type = text(root, "type");
        if (!SUCCEEDED.equals(type) && !DECLINED.equals(type)) {
            return Optional.empty();
        }
        var data = root.path("data");
        var amount = data.path("amount");
        if (!amount.path("minor").isIntegralNumber() || !amount.path("minor").canConvertToLong()) {
            throw new MalformedWebhookException("amount.minor is not a whole number");
        }
        try {
            return Optional.of(new WebhookMessage(
                    text(root, "id"),
                    SUCCEEDED.equals(type),
                    text(data, "checkout_reference"),
                    UUID.fromString(text(data, "order_id")),
                    new Money(amount.path("minor").asLong(), Currency.getInstance(text(amount, "currency"))),
                    data.path("payment_id").isString() ? data.path("payment_id").asString() : null,
                    Instant.parse(text(root, "created_at")),
                    data.path("decline_reason").isString()
                            ? data.path("decline_reason").asString()
                            : "declined"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedWebhookException("invalid field: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            throw new MalformedWebhookException("missing " + field);
        }
        return value.asString();
    }

    private static String randomToken() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
