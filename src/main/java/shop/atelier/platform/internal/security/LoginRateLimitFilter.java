package shop.atelier.platform.internal.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: each client address and each account name gets a small budget of
 * sign-in attempts per window; beyond it the sign-in answers 429 Too Many Requests.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int attempts;
    private final Duration window;

    LoginRateLimitFilter(int attempts, Duration window) {
        this.attempts = attempts;
        this.window = window;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var username = request.getParameter("username");
        var byAddress = bucket("ip:" + request.getRemoteAddr());
        var byAccount =
                username == null ? null : bucket("user:" + username.trim().toLowerCase(Locale.ROOT));
        if (!byAddress.tryConsume(1) || (byAccount != null && !byAccount.tryConsume(1))) {
            response.setHeader("Retry-After", String.valueOf(window.toSeconds()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private Bucket bucket(String key) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(attempts)
                                .refillGreedy(attempts, window)
                                .build())
                        .build());
    }
}
