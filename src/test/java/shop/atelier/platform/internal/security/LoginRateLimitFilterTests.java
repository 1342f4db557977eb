package shop.atelier.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Password guessing is slowed down per client address and per account (promise D1). */
class LoginRateLimitFilterTests {

    final LoginRateLimitFilter filter = new LoginRateLimitFilter(3, Duration.ofMinutes(1));

    int signIn(String address, String username) throws Exception {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr(address);
        request.addParameter("username", username);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void refusesAttemptsBeyondTheBudgetOfOneAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("203.0.113.7", "user" + i + "@example.com")).isEqualTo(200);
        }
        assertThat(signIn("203.0.113.7", "another@example.com")).isEqualTo(429);
    }

    @Test
    void refusesAttemptsBeyondTheBudgetOfOneAccountFromManyAddresses() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("198.51.100." + i, "Target@Example.com")).isEqualTo(200);
        }
        assertThat(signIn("198.51.100.99", "target@example.com")).isEqualTo(429);
        assertThat(signIn("198.51.100.99", "someone-else@example.com")).isEqualTo(200);
    }

    @Test
    void otherRequestsAreNotCounted() throws Exception {
        var request = new MockHttpServletRequest("GET", "/login");
        request.setServletPath("/login");
        for (int i = 0; i < 10; i++) {
            var response = new MockHttpServletResponse();
            filter.doFilter(request, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }
}
