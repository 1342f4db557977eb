package shop.atelier.catalog.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CatalogTestData;
import shop.atelier.catalog.internal.ImageType;

/**
 * The staff image form through the real servlet container, which parses no multipart: signed in as
 * the demo staff account, the page's own form is sent as a browser would, its body streamed in
 * chunks so the server cannot know its length in advance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffImageUploadOverHttpTests {

    static final Pattern CSRF_FIELD = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final Pattern UPLOAD_ACTION = Pattern.compile("action=\"([^\"]*/images\\?_csrf=[^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    CatalogManagement catalog;

    CatalogTestData.Frame frame;
    HttpClient staff;

    @BeforeEach
    void signInAsStaff() throws Exception {
        frame = new CatalogTestData(catalog).listedFrame();
        staff = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var login = staff.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        var token = find(CSRF_FIELD, login.body());
        var form = "username=" + enc("staff@atelier.example") + "&password=" + enc("staff-demo-password") + "&_csrf="
                + enc(token);
        var signedIn = staff.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void storesAnImageSentThroughThePagesForm() throws Exception {
        var response = send(StaffImageControllerTests.form(
                "Oak frame on a desk", "desk.png", "image/png", StorefrontControllerTests.PNG));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(catalog.product(frame.id()).images())
                .singleElement()
                .satisfies(image -> assertThat(image.alt()).isEqualTo("Oak frame on a desk"));
    }

    @Test
    void aFileFarOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
        var huge = new byte[ImageType.MAX_BYTES * 4];
        System.arraycopy(StorefrontControllerTests.PNG, 0, huge, 0, StorefrontControllerTests.PNG.length);

        var response = send(StaffImageControllerTests.form("Too big", "big.png", "image/png", huge));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("id=\"file-error\"");
        assertThat(catalog.product(frame.id()).images()).isEmpty();
    }

    /** Sends the body to the upload form's own address, in chunks, with the session's cookies. */
    private HttpResponse<String> send(byte[] body) throws Exception {
        var page = staff.send(
                HttpRequest.newBuilder(uri("/staff/products/" + frame.id())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        var action = HtmlUtils.htmlUnescape(find(UPLOAD_ACTION, page.body()));
        return staff.send(
                HttpRequest.newBuilder(uri(action))
                        .header("Content-Type", "multipart/form-data; boundary=" + StaffImageControllerTests.BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String find(Pattern pattern, String html) {
        var matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
