package shop.atelier.privacy.internal.cookies;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import shop.atelier.privacy.CookieCategory;

/**
 * Every cookie the shop sets: the one list the consent machinery writes its cookie from, the cookie
 * settings page shows under each category and the cookie policy page publishes (promise K3). A test
 * drives real visits and fails on any cookie a response sets that this list does not declare.
 * Adding a non-essential cookie here means bumping {@code atelier.privacy.cookie-list-version}, so
 * every visitor is asked again.
 */
@Component
public class CookieList {

    /** The consent cookie (see {@link ConsentCookie}): a random id, so a refusal sticks. */
    public static final DeclaredCookie CONSENT = new DeclaredCookie(
            ConsentCookie.NAME, CookieCategory.NECESSARY, "privacy.cookie.purpose.consent", Duration.ofDays(182));

    /** The name Spring Security's cookie-based CSRF token repository gives its cookie. */
    static final String CSRF_COOKIE = "XSRF-TOKEN";

    private final List<DeclaredCookie> cookies;

    CookieList(
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie,
            @Value("${server.servlet.session.cookie.max-age:#{null}}") @Nullable Duration sessionMaxAge) {
        this.cookies = List.of(
                new DeclaredCookie(
                        sessionCookie, CookieCategory.NECESSARY, "privacy.cookie.purpose.session", sessionMaxAge),
                new DeclaredCookie(CSRF_COOKIE, CookieCategory.NECESSARY, "privacy.cookie.purpose.csrf", null),
                CONSENT);
    }

    public List<DeclaredCookie> all() {
        return cookies;
    }

    public List<DeclaredCookie> in(CookieCategory category) {
        return cookies.stream().filter(c -> c.category() == category).toList();
    }

    public List<DeclaredCookie> necessary() {
        return in(CookieCategory.NECESSARY);
    }

    public Optional<DeclaredCookie> named(String name) {
        return cookies.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The categories in the order the pages show them. */
    public List<CookieCategory> categories() {
        return Arrays.asList(CookieCategory.values());
    }
}
