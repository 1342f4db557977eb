package shop.atelier.platform.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import shop.atelier.platform.PageCache;

/**
 * A few seconds of memory for storefront pages that look the same to every anonymous visitor
 * (catalog and product pages of a visitor without a session), the way shops micro-cache at the
 * edge. Only the visitor's CSRF token differs: the cached page holds a marker where the token was,
 * and each visitor gets their own token in its place, so forms keep working without JavaScript and
 * CSRF protection stays intact. Anything personal (a session, a sign-in, a query string, an htmx
 * request) bypasses the cache; staff edits show within the time to live. When a page expires, one
 * request renders it again while the others are still served the page just expired, so a burst
 * of visitors never renders the same page at once.
 */
class AnonymousPageCache extends OncePerRequestFilter implements PageCache {

    static final String TOKEN_MARKER = "@@atelier-csrf-token@@";
    static final String CACHE_HEADER = "X-Atelier-Page-Cache";
    private static final int MAX_ENTRIES = 512;

    private final List<PathPattern> paths;
    private final long ttlNanos;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    AnonymousPageCache(List<String> paths, Duration ttl) {
        this.paths =
                paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.ttlNanos = ttl.toNanos();
    }

    /** A stored page; once expired, one request renders it anew while the others still get this one. */
    private record Entry(String html, String contentType, long expiresAt, AtomicBoolean refreshing) {

        boolean fresh() {
            return expiresAt - System.nanoTime() > 0;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (ttlNanos <= 0 || !"GET".equals(request.getMethod()) || request.getQueryString() != null) {
            return true;
        }
        var path = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request)
                : ServletRequestPathUtils.parseAndCache(request);
        return paths.stream().noneMatch(pattern -> pattern.matches(path.pathWithinApplication()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymousWithoutSession(request)
                || request.getHeader("HX-Request") != null
                || hasCookie(request, CONSENT_COOKIE)
                || request.getHeader("Sec-GPC") != null) {
            chain.doFilter(request, response);
            return;
        }
        var key = request.getRequestURI() + '|' + request.getLocale().toLanguageTag();
        var entry = entries.get(key);
        if (entry != null && (entry.fresh() || !entry.refreshing().compareAndSet(false, true))) {
            var token = csrfToken(request);
            var html = token == null ? entry.html : entry.html.replace(TOKEN_MARKER, token);
            var body = html.getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpStatus.OK.value());
            response.setHeader(CACHE_HEADER, "hit");
            response.setContentType(entry.contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        var wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            remember(request, wrapper, key);
        } finally {
            if (entry != null) {
                entry.refreshing().set(false);
            }
        }
        wrapper.copyBodyToResponse();
    }

    @Override
    public void evictAll() {
        entries.clear();
    }

    private void remember(HttpServletRequest request, ContentCachingResponseWrapper response, String key) {
        var contentType = response.getContentType();
        if (response.getStatus() != HttpStatus.OK.value()
                || contentType == null
                || !MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType))
                || request.getSession(false) != null) {
            return;
        }
        var html = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        var token = csrfToken(request);
        if (token != null) {
            html = html.replace(token, TOKEN_MARKER);
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(html, contentType, System.nanoTime() + ttlNanos, new AtomicBoolean()));
    }

    /**
     * A visitor who answered the cookie banner (the privacy module's consent cookie) or whose browser
     * sends Global Privacy Control gets a page without the banner: such pages are neither served
     * from nor stored in the cache, which holds the page as a visitor without a choice sees it.
     */
    static final String CONSENT_COOKIE = "ATELIER_CONSENT";

    private static boolean hasCookie(HttpServletRequest request, String name) {
        var cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> name.equals(cookie.getName()));
    }

    private static boolean anonymousWithoutSession(HttpServletRequest request) {
        if (request.getSession(false) != null || request.getRequestedSessionId() != null) {
            return false;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    private static @Nullable String csrfToken(HttpServletRequest request) {
        var token = request.getAttribute(CsrfToken.class.getName());
        return token instanceof CsrfToken csrf ? csrf.getToken() : null;
    }
}
