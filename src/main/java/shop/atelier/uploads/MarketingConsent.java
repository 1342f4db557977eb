package shop.atelier.uploads;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether the customer allows a material to appear in the shop's gallery and marketing (promise M1).
 * Off unless the customer said yes; the latest choice counts.
 *
 * @param decidedAt when the latest choice was made; {@code null} when none was ever made
 * @param policyVersion the privacy policy version in force at that choice
 */
public record MarketingConsent(
        MaterialId material,
        boolean allowed,
        @Nullable Instant decidedAt,
        @Nullable String policyVersion,
        @Nullable String method) {

    public static MarketingConsent none(MaterialId material) {
        return new MarketingConsent(material, false, null, null, null);
    }
}
