package shop.atelier.platform;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * HMAC-SHA256 over the raw request body, base64-encoded in a header, as Shopify signs its
 * webhooks; the shop's payment and carrier webhooks use it alike. Verification compares in
 * constant time so a forger learns nothing from response times.
 */
public final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    public static String sign(byte[] secret, byte[] body) {
        return Base64.getEncoder().encodeToString(mac(secret, body));
    }

    public static boolean verify(byte[] secret, byte[] body, @Nullable String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(mac(secret, body), given);
    }

    private static byte[] mac(byte[] secret, byte[] body) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
