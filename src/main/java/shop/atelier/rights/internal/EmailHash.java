package shop.atelier.rights.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import shop.atelier.platform.SecretToken;
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
        return HexFormat.of().formatHex(SecretToken.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
