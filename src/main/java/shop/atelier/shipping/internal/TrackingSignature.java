package shop.atelier.shipping.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * HMAC-SHA256 over the raw webhook body, base64 in the {@value #HEADER} header: the scheme of the
 * payment webhooks. Verification compares in constant time, so response times tell a forger nothing.
 */
public final class TrackingSignature {

    public static final String HEADER = "X-Atelier-Hmac-Sha256";

    private TrackingSignature() {}

    public static String sign(String secret, byte[] body) {
        return Base64.getEncoder().encodeToString(mac(secret, body));
    }

    public static boolean verify(@Nullable String secret, byte[] body, @Nullable String signature) {
        if (secret == null || secret.isBlank() || signature == null || signature.isBlank()) {
            return false;
        }
        try {
            return MessageDigest.isEqual(mac(secret, body), Base64.getDecoder().decode(signature.strip()));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static byte[] mac(String secret, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
