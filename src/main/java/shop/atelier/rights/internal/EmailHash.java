package shop.atelier.rights.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import shop.atelier.privacy.spi.DataSubject;

/**
 * The SHA-256 of a normalized email address: what a finished request keeps to recognize the same
 * person's requests and to prove it was answered, instead of the address itself.
 */
public final class EmailHash {

    private EmailHash() {}

    public static String of(String email) {
        return sha256Hex(DataSubject.guest(email).email());
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
