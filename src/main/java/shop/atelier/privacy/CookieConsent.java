package shop.atelier.privacy;

import java.util.Set;

/**
 * What the current visitor allows, exposed on every page request as the request attribute (and so
 * the template variable) {@value #ATTRIBUTE}. Anything non-essential (analytics, personalization,
 * remembered preferences) must ask {@link #allows(CookieCategory)} first: before a choice, after a
 * refusal, under Global Privacy Control, or when the cookie list changed since the choice, it
 * answers no.
 *
 * @param chosen whether the visitor made a choice for the cookie list in force (otherwise the
 *     banner asks)
 * @param allowed the optional categories the visitor allowed
 * @param gpc whether this request carries {@code Sec-GPC: 1}, which refuses analytics and
 *     personalization
 */
public record CookieConsent(boolean chosen, Set<CookieCategory> allowed, boolean gpc) {

    public static final String ATTRIBUTE = "cookieConsent";

    public CookieConsent {
        allowed = Set.copyOf(allowed);
    }

    public static CookieConsent none(boolean gpc) {
        return new CookieConsent(false, Set.of(), gpc);
    }

    public boolean allows(CookieCategory category) {
        if (category == CookieCategory.NECESSARY) {
            return true;
        }
        if (gpc && category.refusedUnderGpc()) {
            return false;
        }
        return chosen && allowed.contains(category);
    }

    /** For templates: {@code ${cookieConsent.allows('analytics')}}; unknown names are not allowed. */
    public boolean allows(String category) {
        return CookieCategory.byKey(category).map(this::allows).orElse(false);
    }

    public boolean bannerNeeded() {
        return !chosen;
    }
}
