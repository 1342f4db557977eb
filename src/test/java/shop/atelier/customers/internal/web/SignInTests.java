package shop.atelier.customers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import shop.atelier.customers.CustomersIntegrationTest;
import shop.atelier.customers.TestPeople;
import shop.atelier.customers.internal.AccountManagement;

/** Signing in through the platform's form login, over real HTTP with the CSRF token of the page. */
@CustomersIntegrationTest
class SignInTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    MockMvc mvc;

    /** A browser: keeps cookies, does not follow redirects so the test sees where they go. */
    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        var body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String csrfTokenOf(HttpResponse<String> page) {
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    @Test
    void customerSignsInWithEmailInAnySpellingAndSeesTheAccount() throws Exception {
        var email = TestPeople.email("carla");
        accounts.register("Carla Example", email, null, TestPeople.PASSWORD);

        var loginPage = get("/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.body()).contains("href=\"/register\"").contains("href=\"/password-reset\"");

        var signIn = postForm(
                "/login",
                Map.of(
                        "username",
                        email.toUpperCase(),
                        "password",
                        TestPeople.PASSWORD,
                        "_csrf",
                        csrfTokenOf(loginPage)));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account"));

        var account = get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body())
                .contains("Carla Example")
                .contains(email.toLowerCase())
                .contains("/account/orders");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameMessage() throws Exception {
        var email = TestPeople.email("dora");
        accounts.register("Dora Example", email, null, TestPeople.PASSWORD);

        var wrongPassword = postForm(
                "/login",
                Map.of("username", email, "password", "not the password", "_csrf", csrfTokenOf(get("/login"))));
        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        var errorPage = get("/login?error");
        assertThat(errorPage.body()).contains("The email or password is wrong.");

        var unknownEmail = postForm(
                "/login",
                Map.of(
                        "username",
                        TestPeople.email("nobody"),
                        "password",
                        TestPeople.PASSWORD,
                        "_csrf",
                        csrfTokenOf(get("/login"))));
        assertThat(unknownEmail.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

        assertThat(get("/account").statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        var email = TestPeople.email("eve");
        accounts.register("Eve Example", email, null, TestPeople.PASSWORD);
        get("/login");
        var response = postForm("/login", Map.of("username", email, "password", TestPeople.PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void signedOutNoticeAndAccountPagesNeedSignIn() throws Exception {
        assertThat(get("/login?signed-out").body()).contains("You are signed out.");
        var account = get("/account");
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(account.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /** MockMvc sign-in from its own client address, so the sign-in rate limit of 127.0.0.1 is left alone. */
    static MockHttpServletRequestBuilder signIn(String email, String password, String clientAddress) {
        return post("/login")
                .with(csrf())
                .param("username", email)
                .param("password", password)
                .with(request -> {
                    request.setRemoteAddr(clientAddress);
                    return request;
                });
    }

    @Test
    void staffSignInGetsTheirRolesAsAuthorities() throws Exception {
        mvc.perform(signIn("admin@atelier.example", "admin-demo-password", "10.11.0.1"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(authenticated().withRoles("ADMIN"));
        mvc.perform(signIn("staff@atelier.example", "staff-demo-password", "10.11.0.2"))
                .andExpect(authenticated().withRoles("STAFF"));
        mvc.perform(signIn("staff@atelier.example", "admin-demo-password", "10.11.0.3"))
                .andExpect(unauthenticated());
    }
}
