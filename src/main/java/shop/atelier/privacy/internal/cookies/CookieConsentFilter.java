package shop.atelier.privacy.internal.cookies;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import shop.atelier.privacy.CookieConsent;

/**
 * Tells every page what the visitor allows ({@link CookieConsent#ATTRIBUTE}). A browser that sends {@code Sec-GPC: 1} before any
 * choice gets one recorded for it (everything optional refused, method GPC) and never sees the
 * banner. Sets nothing but the necessary consent cookie, and that only when a choice is recorded.
 *
 * <p>Runs after Spring Security and before the anonymous page cache, which caches the storefront as
 * a cookie-less visitor sees it, i.e. with the banner. A visitor who has chosen must not get, nor
 * leave behind, a cached page: until the cache itself passes such requests by, their request shows
 * the cache a query string, the cache's existing reason to pass a request by.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 200)
class CookieConsentFilter extends OncePerRequestFilter {

    private static final List<String> NOT_PAGES =
            List.of("/css/", "/js/", "/webjars/", "/images/", "/favicon", "/api/", "/webhooks/", "/actuator");

    private final ConsentRegister register;

    CookieConsentFilter(ConsentRegister register) {
        this.register = register;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return NOT_PAGES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var gpc = ConsentCookie.gpc(request);
        var id = ConsentCookie.read(request).orElse(null);
        var current = id == null ? null : register.current(id).orElse(null);
        var get = "GET".equals(request.getMethod());
        if (current == null && gpc && get) {
            if (id == null) {
                id = UUID.randomUUID();
            }
            current = register.record(id, Set.of(), ConsentMethod.GPC, true);
            ConsentCookie.write(request, response, id);
        }
        var consent = current == null ? CookieConsent.none(gpc) : new CookieConsent(true, current.allowed(), gpc);
        request.setAttribute(CookieConsent.ATTRIBUTE, consent);
        chain.doFilter(request, response);
    }
}
