package shop.atelier.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A bearer token for a link or an API client (32 random bytes, base64url): an order's tracking link,
 * an API cart, a password reset, a confirmation or a rights-request link. Only its SHA-256 hash is
 * stored, so a copy of the database opens nothing.
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

    /** The stored form of a token: its SHA-256. */
    public static byte[] hash(String token) {
        return sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of some bytes (every Java runtime has it). */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SecretToken[***]";
    }
}
