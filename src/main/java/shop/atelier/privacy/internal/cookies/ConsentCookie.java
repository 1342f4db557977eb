package shop.atelier.privacy.internal.cookies;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The one cookie that remembers a visitor's choice: a random id and nothing else, so the choice can
 * be found in the register. Necessary (it is what lets a refusal stick), HttpOnly, SameSite=Lax,
 * Secure on HTTPS, kept six months. The choice itself is never written into the browser.
 */
public final class ConsentCookie {

    public static final String NAME = "ATELIER_CONSENT";
    static final Duration LIFETIME = CookieList.CONSENT.lifetime().orElseThrow();

    private ConsentCookie() {}

    public static Optional<UUID> read(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (var cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                try {
                    return Optional.of(UUID.fromString(cookie.getValue()));
                } catch (IllegalArgumentException notAnId) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, UUID consentId) {
        var cookie = ResponseCookie.from(NAME, consentId.toString())
                .path("/")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    public static boolean gpc(HttpServletRequest request) {
        var header = request.getHeader("Sec-GPC");
        return header != null && "1".equals(header.trim());
    }
}
