package shop.atelier.orders.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A bearer token (32 random bytes, base64url) that opens one order or one API cart. Only its
 * SHA-256 hash is stored, so a copy of the database opens nothing.
 */
public record SecretToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static SecretToken random() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public byte[] hash() {
        return hash(value);
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SecretToken[***]";
    }
}
