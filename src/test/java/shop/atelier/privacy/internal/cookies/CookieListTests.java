package shop.atelier.privacy.internal.cookies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import shop.atelier.customers.TestPeople;
import shop.atelier.customers.internal.AccountManagement;

/**
 * The cookie policy lists every cookie the shop sets (promise K3): real visits over HTTP (the
 * storefront, a product, the cart, signing in and out, the account, the cookie banner's answers, a
 * browser sending Global Privacy Control) record every cookie any response sets, and each one must
 * be in the code's cookie list that the cookie page is generated from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CookieListTests {

    @LocalServerPort
    int port;

    @Autowired
    CookieList list;

    @Autowired
    AccountManagement accounts;

    /** Every cookie name any response set, in order of appearance. */
    final TreeSet<String> set = new TreeSet<>();

    HttpClient http;
    CookieManager jar;

    @BeforeEach
    void newBrowser() {
        jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        http = HttpClient.newBuilder()
                .cookieHandler(jar)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port).resolve(path);
    }

    /** Sends the request and follows redirects like a browser, recording every Set-Cookie on the way. */
    HttpResponse<String> send(HttpRequest request, Map<String, String> headers)
            throws IOException, InterruptedException {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (var hops = 0; hops < 10; hops++) {
            response.headers().allValues("Set-Cookie").stream()
                    .flatMap(header -> HttpCookie.parse(header).stream())
                    .map(HttpCookie::getName)
                    .forEach(set::add);
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return response;
            }
            var next = HttpRequest.newBuilder(response.uri().resolve(location.get()))
                    .GET();
            headers.forEach(next::header);
            response = http.send(next.build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    Document open(String path, Map<String, String> headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        var response = send(request.build(), headers);
        assertThat(response.statusCode()).as(path).isLessThan(500);
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    Document open(String path) throws IOException, InterruptedException {
        return open(path, Map.of());
    }

    /** Submits a form with its own fields (hidden CSRF token included) and the given values. */
    HttpResponse<String> submit(FormElement form, Map<String, String> values) throws IOException, InterruptedException {
        var data = new LinkedHashMap<String, String>();
        form.formData().forEach(pair -> data.putIfAbsent(pair.key(), pair.value()));
        data.putAll(values);
        var body = data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", form.ownerDocument().location())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(request, Map.of());
    }

    static FormElement form(Document page, String actionEnding) {
        return page.select("form").forms().stream()
                .filter(f -> f.absUrl("action").contains(actionEnding))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No form to " + actionEnding + " on " + page.location()));
    }

    void assertEveryCookieIsDeclared() {
        var declared = list.all().stream().map(DeclaredCookie::name).toList();
        assertThat(set)
                .as("cookies the shop set that its cookie list does not declare")
                .isSubsetOf(declared);
    }

    @Test
    void shoppingAndSigningInSetOnlyDeclaredCookies() throws Exception {
        var storefront = open("/");
        var product = storefront.select("a[href^=/products/]").stream()
                .map(a -> a.attr("href"))
                .findFirst()
                .orElseThrow();
        var page = open(product);
        var add = form(page, "/cart/lines");
        var values = new LinkedHashMap<String, String>();
        page.select("input[name=variantId]").stream().findFirst().ifPresent(v -> values.put("variantId", v.val()));
        add.select("input[type=text][name^=personalization], textarea[name^=personalization]")
                .forEach(field -> values.put(field.attr("name"), "Ann"));
        values.put("quantity", "1");
        submit(add, values);
        open("/cart");

        var email = TestPeople.email("cookie-list");
        accounts.register("Cookie Tester", email, null, TestPeople.PASSWORD);
        var login = open("/login");
        var signedIn = submit(form(login, "/login"), Map.of("username", email, "password", TestPeople.PASSWORD));
        assertThat(signedIn.uri().getPath()).isEqualTo("/account");
        open("/account");
        open("/privacy");
        submit(form(open("/account"), "/logout"), Map.of());

        assertThat(set)
                .as("the visit exercised the session and CSRF cookies")
                .contains("ATELIER_SESSION", "XSRF-TOKEN");
        assertEveryCookieIsDeclared();
    }

    @Test
    void answeringTheBannerAndGlobalPrivacyControlSetOnlyDeclaredCookies() throws Exception {
        var home = open("/?banner");
        submit(form(home, "/cookies/consent"), Map.of("choice", "accept-all"));
        var settings = open("/cookies");
        submit(form(settings, "/cookies/consent"), Map.of("choice", "save", "category", "analytics"));

        newBrowser();
        open("/?gpc", Map.of("Sec-GPC", "1"));

        assertThat(set).as("the visit exercised the consent cookie").contains(ConsentCookie.NAME);
        assertEveryCookieIsDeclared();
    }

    @Test
    void theCookieListDeclaresWhatTheConsentMachineryWrites() {
        assertThat(list.named(ConsentCookie.NAME)).contains(CookieList.CONSENT);
        assertThat(CookieList.CONSENT.lifetime()).contains(ConsentCookie.LIFETIME);
        assertThat(list.all()).allSatisfy(c -> assertThat(c.purposeKey()).startsWith("privacy.cookie.purpose."));
    }
}
