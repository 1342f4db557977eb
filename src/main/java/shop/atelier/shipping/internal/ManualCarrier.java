package shop.atelier.shipping.internal;

import java.security.SecureRandom;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A carrier whose labels staff print themselves from the label sheet or the CSV; the parcel goes
 * to the counter. The shop numbers the parcel; a carrier that still reports tracking can sign its
 * webhooks when a webhook secret is configured.
 */
final class ManualCarrier extends ConfiguredCarrier {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    ManualCarrier(ShippingProperties.Carrier carrier) {
        super(carrier);
    }

    @Override
    public boolean manual() {
        return true;
    }

    @Override
    public String dispatch(LabelData label) {
        var number = new StringBuilder(carrier.code().toUpperCase(Locale.ROOT)).append('-');
        for (var i = 0; i < 12; i++) {
            number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }

    @Override
    public boolean isAuthentic(byte[] body, @Nullable String signature) {
        return TrackingSignature.verify(carrier.webhookSecret(), body, signature);
    }
}
