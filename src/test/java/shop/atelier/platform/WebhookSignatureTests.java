package shop.atelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    static final byte[] SECRET = "a-webhook-secret-of-the-shop".getBytes(StandardCharsets.UTF_8);
    static final byte[] BODY = "{\"id\":\"1\",\"type\":\"payment.succeeded\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsTheSignatureOfTheRawBody() {
        assertThat(WebhookSignature.verify(SECRET, BODY, WebhookSignature.sign(SECRET, BODY)))
                .isTrue();
    }

    @Test
    void matchesAKnownHmacSha256Vector() {
        // RFC 4231 test case 2
        var signature = WebhookSignature.sign(
                "Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertThat(signature).isEqualTo("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=");
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        var forged = WebhookSignature.sign("guessed".getBytes(StandardCharsets.UTF_8), BODY);
        assertThat(WebhookSignature.verify(SECRET, BODY, forged)).isFalse();
    }

    @Test
    void refusesABodyChangedAfterSigning() {
        var signature = WebhookSignature.sign(SECRET, BODY);
        var altered = new String(BODY, StandardCharsets.UTF_8)
                .replace("succeeded", "succeedeD")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.verify(SECRET, altered, signature)).isFalse();
    }

    @Test
    void refusesMissingOrGarbledSignatures() {
        assertThat(WebhookSignature.verify(SECRET, BODY, null)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, BODY, "")).isFalse();
        assertThat(WebhookSignature.verify(SECRET, BODY, "not base64 at all!")).isFalse();
        assertThat(WebhookSignature.verify(SECRET, BODY, "AAAA")).isFalse();
    }
}
