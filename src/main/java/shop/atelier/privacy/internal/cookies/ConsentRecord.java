package shop.atelier.privacy.internal.cookies;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import shop.atelier.privacy.CookieCategory;

/** One row of proof: an anonymous id, the optional categories allowed, and the versions in force. */
public record ConsentRecord(
        UUID consentId,
        Set<CookieCategory> allowed,
        ConsentMethod method,
        boolean gpc,
        String policyVersion,
        String cookieListVersion,
        Instant recordedAt) {

    public ConsentRecord {
        allowed = Set.copyOf(allowed);
    }
}
