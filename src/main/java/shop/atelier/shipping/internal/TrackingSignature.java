package shop.atelier.shipping.internal;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import shop.atelier.platform.WebhookSignature;

/**
 * A carrier's tracking reports are signed like the payment webhooks: HMAC-SHA256 over the raw body,
 * base64 in the {@value #HEADER} header, with the carrier's configured secret.
 */
public final class TrackingSignature {

    public static final String HEADER = "X-Atelier-Hmac-Sha256";

    private TrackingSignature() {}

    public static String sign(String secret, byte[] body) {
        return WebhookSignature.sign(key(secret), body);
    }

    /** False without a secret: a carrier that has none cannot report. */
    public static boolean verify(@Nullable String secret, byte[] body, @Nullable String signature) {
        return secret != null && !secret.isBlank() && WebhookSignature.verify(key(secret), body, signature);
    }

    private static byte[] key(String secret) {
        return secret.strip().getBytes(StandardCharsets.UTF_8);
    }
}
