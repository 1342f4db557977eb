package shop.atelier.marketing.internal;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import shop.atelier.platform.ShopProperties;

/**
 * One-click unsubscribe links. The token is the address's suppression hash with a signature: it
 * reveals nothing about the address, cannot be made up for another address without the shop's
 * secret, and keeps working after the subscription is gone (unsubscribing twice, or after an
 * erasure, is simply confirmed). It is the same for every email to the address, so an old email's
 * link still stops a later subscription.
 */
@Component
class UnsubscribeLinks {

    private static final String PURPOSE = "unsubscribe";
    private static final int SIGNATURE_BYTES = 16;

    private final MarketingKeys keys;
    private final ShopProperties shop;

    UnsubscribeLinks(MarketingKeys keys, ShopProperties shop) {
        this.keys = keys;
        this.shop = shop;
    }

    String token(String addressHash) {
        var hash = HexFormat.of().parseHex(addressHash);
        var signature = Arrays.copyOf(keys.sign(PURPOSE, addressHash), SIGNATURE_BYTES);
        var token = new byte[hash.length + SIGNATURE_BYTES];
        System.arraycopy(hash, 0, token, 0, hash.length);
        System.arraycopy(signature, 0, token, hash.length, SIGNATURE_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    String url(String addressHash) {
        return stripSlash(shop.baseUrl().toString()) + "/unsubscribe/" + token(addressHash);
    }

    /** The address hash a genuine token names; empty for a made-up or altered token. */
    Optional<String> addressHash(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != 32 + SIGNATURE_BYTES) {
            return Optional.empty();
        }
        var addressHash = HexFormat.of().formatHex(bytes, 0, 32);
        var expected = Arrays.copyOf(keys.sign(PURPOSE, addressHash), SIGNATURE_BYTES);
        var given = Arrays.copyOfRange(bytes, 32, bytes.length);
        return MessageDigest.isEqual(expected, given) ? Optional.of(addressHash) : Optional.empty();
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
