package shop.atelier.orders.internal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A browser for MockMvc tests: keeps its cookies, among them the session's (the session lives in
 * the database, as in production), and sends a CSRF token with every form post.
 */
final class Visitor {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    Visitor(MockMvc mvc) {
        this.mvc = mvc;
    }

    MockHttpServletResponse get(String url) throws Exception {
        return perform(MockMvcRequestBuilders.get(url));
    }

    MockHttpServletResponse htmxGet(String url) throws Exception {
        return perform(MockMvcRequestBuilders.get(url).header("HX-Request", "true"));
    }

    MockHttpServletResponse post(String url, Map<String, String> form) throws Exception {
        return perform(form(url, form));
    }

    MockHttpServletResponse htmxPost(String url, Map<String, String> form) throws Exception {
        return perform(form(url, form).header("HX-Request", "true"));
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        for (var cookie : response.getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return response;
    }

    /** Whether the shop gave this visitor a session (Spring Session's cookie). */
    boolean hasSession() {
        return !cookies.isEmpty();
    }

    private static MockHttpServletRequestBuilder form(String url, Map<String, String> form) {
        var request = MockMvcRequestBuilders.post(url).with(csrf());
        form.forEach(request::param);
        return request;
    }
}
