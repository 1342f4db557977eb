package shop.atelier.authz;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a persona should meet at an endpoint. "Refused by security" means 401, 403 or a redirect to
 * the sign-in page; every other status (200, 303, 400 from validation, 404 for an unknown id, 409,
 * 502 …) means the request got past security to the handler.
 */
public enum Expectation {
    /** Not refused by security. */
    ALLOW,
    /** Refused by security: 401, 403 or a redirect to {@code /login}. */
    DENY,
    /** The owner of the fixture: past security and past the owner check, so neither refused nor 404. */
    OWN,
    /** Not the owner of the fixture: refused, or told the resource does not exist (404). */
    HIDDEN,
    /**
     * A public endpoint that authenticates the caller itself (a webhook's signature): past the
     * security chain (no redirect to {@code /login}, no 403), answered 400 or 401 by the endpoint for
     * a request without a valid signature.
     */
    SIGNED;

    public static Expectation parse(String cell) {
        return valueOf(cell.trim().toUpperCase(Locale.ROOT));
    }

    public String cell() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isMetBy(int status, @Nullable String location) {
        var refused = refusedBySecurity(status, location);
        return switch (this) {
            case ALLOW -> !refused;
            case DENY -> refused;
            case OWN -> !refused && status != 404;
            case HIDDEN -> refused || status == 404;
            case SIGNED -> (status == 400 || status == 401) && !toLogin(status, location);
        };
    }

    static boolean refusedBySecurity(int status, @Nullable String location) {
        return status == 401 || status == 403 || toLogin(status, location);
    }

    static boolean toLogin(int status, @Nullable String location) {
        if (status < 300 || status >= 400 || location == null) {
            return false;
        }
        var path = location.replaceFirst("^https?://[^/]+", "");
        return path.equals("/login") || path.startsWith("/login?");
    }

    /** The expectation an observed status satisfies most narrowly, for the observed-matrix file. */
    public static Expectation describing(int status, @Nullable String location) {
        if (refusedBySecurity(status, location)) {
            return DENY;
        }
        return ALLOW;
    }
}
