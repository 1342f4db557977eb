package shop.atelier.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anonymous storefront pages are served from a short-lived cache, yet every visitor gets their own
 * working CSRF token and nothing personal is ever cached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousPageCacheTests {

    @LocalServerPort
    int port;

    HttpClient visitor() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode someProduct() throws Exception {
        var products = JsonMapper.builder()
                .build()
                .readTree(get(visitor(), "/api/v1/catalog/products").body());
        return products.get(0);
    }

    @Test
    void aSecondAnonymousVisitorGetsTheCachedPageWithTheirOwnWorkingToken() throws Exception {
        var product = someProduct();
        var path = "/products/" + product.get("slug").asString();
        get(visitor(), path); // fills the cache

        var visitor = visitor();
        var page = get(visitor, path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue(AnonymousPageCache.CACHE_HEADER)).contains("hit");
        assertThat(page.body()).doesNotContain(AnonymousPageCache.TOKEN_MARKER);
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

        var form = Jsoup.parse(page.body()).selectFirst("form[action=/cart/lines]");
        assertThat(form).isNotNull();
        var fields = new LinkedHashMap<String, String>();
        form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
        fields.put("variantId", product.get("variants").get(0).get("id").asString());
        fields.put("quantity", "1");
        for (var slot : product.get("slots")) {
            if (slot.get("required").asBoolean()
                    && "TEXT".equals(slot.get("type").asString())) {
                fields.put("personalization[" + slot.get("key").asString() + "]", "Cached");
            }
        }
        var added = visitor.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cart/lines"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).as("the cached page's token is accepted").isEqualTo(303);

        var withCart = get(visitor, path);
        assertThat(withCart.headers().firstValue(AnonymousPageCache.CACHE_HEADER))
                .as("a visitor with a session is never served from the cache")
                .isEmpty();
    }

    @Test
    void twoVisitorsNeverShareAToken() throws Exception {
        var path = "/products/" + someProduct().get("slug").asString();
        var first = Jsoup.parse(get(visitor(), path).body()).selectFirst("meta[name=_csrf]");
        var second = Jsoup.parse(get(visitor(), path).body()).selectFirst("meta[name=_csrf]");
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(first.attr("content")).isNotEqualTo(second.attr("content"));
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
