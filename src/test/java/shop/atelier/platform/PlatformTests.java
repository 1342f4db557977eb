package shop.atelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application starts on embedded PostgreSQL with its migrations and serves safe pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ShopProperties shop;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return get(path, "text/html");
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void runsOnPostgresqlWithMigrationsApplied() {
        var version = jdbc.sql("select current_setting('server_version_num')::int")
                .query(Integer.class)
                .single();
        assertThat(version).isGreaterThanOrEqualTo(150000);
        var tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
                .query(String.class)
                .list();
        assertThat(tables).contains("event_publication", "scheduled_tasks", "spring_session");
    }

    @Test
    void unknownPageGetsFriendlyErrorPageWithPrivacyContact() throws Exception {
        var response = get("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains(shop.privacyContact());
    }

    @Test
    void pagesCarrySecureHeaders() throws Exception {
        var headers = get("/no-such-page").headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'self'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void healthIsPublic() throws Exception {
        var response = get("/actuator/health", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }

    @Test
    void apiErrorsAreProblemDetails() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void signingInGivesAnHttpOnlySameSiteSessionCookieAndNoSessionBefore() throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var loginPage = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.headers().allValues("Set-Cookie"))
                .as("browsing creates no server-side session")
                .noneMatch(cookie -> cookie.startsWith("ATELIER_SESSION="));
        var token = Jsoup.parse(loginPage.body())
                .selectFirst("form input[name=_csrf]")
                .val();

        var signIn = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=staff%40atelier.example" + "&password=staff-demo-password&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(signIn.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("ATELIER_SESSION="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }
}
