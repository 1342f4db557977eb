package shop.atelier.privacy.internal.cookies;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import shop.atelier.privacy.CookieCategory;

/**
 * A cookie the shop sets, as the cookie policy describes it (promise K3).
 *
 * @param name the cookie's name
 * @param category the category a visitor allows or refuses it under
 * @param purposeKey message key of what it is for, in the privacy bundle
 * @param maxAge how long the browser keeps it; null for a cookie that ends when the browser closes
 */
public record DeclaredCookie(
        String name,
        CookieCategory category,
        String purposeKey,
        @Nullable Duration maxAge) {

    public Optional<Duration> lifetime() {
        return Optional.ofNullable(maxAge);
    }

    /** The lifetime in whole days, or -1 for a cookie that ends with the browser session. */
    public long lifetimeDays() {
        return maxAge == null ? -1 : maxAge.toDays();
    }
}
