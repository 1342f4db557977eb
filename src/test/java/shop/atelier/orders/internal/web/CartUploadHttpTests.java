package shop.atelier.orders.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PrintSpec;
import shop.atelier.catalog.SlotSpec;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.VariantId;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CatalogTestData;
import shop.atelier.customers.TestPeople;
import shop.atelier.uploads.MarketingConsent;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads over real HTTP into the real uploads module: the page's script (raw body, JSON answers)
 * and a browser without JavaScript (streamed multipart form, redirect back to the product page).
 * The catalog's slot lookup is stubbed so each test sets the print size, and links are plain text.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atelier.uploads.limits.photo=2MB")
@MockitoSpyBean(types = {Uploads.class, Catalog.class})
class CartUploadHttpTests {

    static final int MIN_DPI = 100;

    @LocalServerPort
    int port;

    @Autowired
    CatalogManagement catalogManagement;

    @Autowired
    Catalog catalog;

    @Autowired
    Uploads uploads;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    CatalogTestData products;
    CatalogTestData.Frame frame;
    Client visitor;

    @BeforeEach
    void setUp() {
        products = new CatalogTestData(catalogManagement);
        frame = products.listedFrame();
        var photo = new SlotSpec(
                frame.id(), "photo", "Your photo", SlotType.PHOTO, false, new PrintSpec(130, 180, MIN_DPI));
        var engraving = new SlotSpec(frame.id(), "engraving", "Engraving", SlotType.TEXT, true, null);
        doReturn(Optional.of(photo)).when(catalog).slot(frame.id(), "photo");
        doReturn(Optional.of(engraving)).when(catalog).slot(frame.id(), "engraving");
        doReturn(Optional.empty()).when(catalog).slot(frame.id(), "nothing");
        doReturn(Optional.of(photo)).when(catalog).slot(any(VariantId.class), eq("photo"));
        doAnswer(invocation -> "/files/test/" + invocation.getArgument(0) + "/thumbnail")
                .when(uploads)
                .link(any(), any(), any());
        doAnswer(invocation -> new MarketingConsent(
                        invocation.getArgument(0), invocation.getArgument(1), Instant.now(), "test", "upload-form"))
                .when(uploads)
                .recordMarketingConsent(any(), anyBoolean(), any());
        visitor = new Client(URI.create("http://localhost:" + port));
    }

    @Test
    void theScriptUploadsAPhotoAsTheRawBodyAndGetsItsThumbnailAndPrintQuality() throws Exception {
        var page = visitor.page(productPath());

        var response = visitor.rawUpload(page, frame.id() + "", "photo", "sunset.jpg", jpeg(1000, 1300), "");

        assertThat(response.statusCode()).isEqualTo(201);
        var body = json.readTree(response.body());
        var id = new MaterialId(UUID.fromString(body.get("materialId").asString()));
        assertThat(body.get("label").asString()).isEqualTo("sunset.jpg");
        assertThat(body.get("kind").asString()).isEqualTo("PHOTO");
        assertThat(body.get("thumbnailUrl").asString()).isEqualTo("/files/test/" + id + "/thumbnail");
        assertThat(body.get("quality").asString()).isEqualTo("GOOD");
        assertThat(body.get("dpi").asInt()).isGreaterThanOrEqualTo(150);
        assertThat(body.get("message").isNull()).isTrue();
        var material = uploads.find(id).orElseThrow();
        assertThat(material.scope().kind()).isEqualTo(UploadScope.CART);
        assertThat(material.width()).isEqualTo(1000);
        verify(uploads, never()).recordMarketingConsent(eq(id), anyBoolean(), any());
    }

    @Test
    void aPhotoThatWouldPrintSoftIsAcceptedWithAWarning() throws Exception {
        var page = visitor.page(productPath());

        var response = visitor.rawUpload(page, frame.id() + "", "photo", "small.jpg", jpeg(600, 800), "");

        assertThat(response.statusCode()).isEqualTo(201);
        var body = json.readTree(response.body());
        assertThat(body.get("quality").asString()).isEqualTo("LOW");
        assertThat(body.get("message").asString())
                .contains(body.get("dpi").asInt() + " dpi")
                .contains("may look soft");
    }

    @Test
    void aPhotoTooSmallForThePrintIsRefusedAndNothingIsLeft() throws Exception {
        var page = visitor.page(productPath());

        var response = visitor.rawUpload(page, frame.id() + "", "photo", name("tiny"), jpeg(200, 300), "");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = json.readTree(response.body());
        assertThat(problem.get("detail").asString()).contains("39 dpi").contains("at least " + MIN_DPI + " dpi");
        assertThat(materialsOfThisTest()).isZero();
    }

    @Test
    void wrongSlotsAndWrongFilesAreRefusedWithProblemDetails() throws Exception {
        var page = visitor.page(productPath());

        var textSlot = visitor.rawUpload(page, frame.id() + "", "engraving", name("a"), jpeg(100, 100), "");
        var unknownSlot = visitor.rawUpload(page, frame.id() + "", "nothing", name("a"), jpeg(100, 100), "");
        var notAPhoto = visitor.rawUpload(
                page,
                frame.id() + "",
                "photo",
                name("letter"),
                "Dear Ann, a letter.".getBytes(StandardCharsets.UTF_8),
                "");

        assertThat(textSlot.statusCode()).isEqualTo(400);
        assertThat(json.readTree(textSlot.body()).get("detail").asString())
                .isEqualTo("This field does not take a file.");
        assertThat(unknownSlot.statusCode()).isEqualTo(400);
        assertThat(notAPhoto.statusCode()).isEqualTo(415);
        assertThat(json.readTree(notAPhoto.body()).get("detail").asString()).contains("JPEG, PNG or WebP");
        assertThat(materialsOfThisTest()).isZero();
    }

    @Test
    void hostileAndBrokenFilesAreRefusedWithAClearAnswerAndLeaveNothing() throws Exception {
        var page = visitor.page(productPath());
        var photo = jpeg(1000, 1300);
        var html = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        var polyglot = java.nio.ByteBuffer.allocate(photo.length + html.length)
                .put(photo)
                .put(html)
                .array();

        var bomb = visitor.rawUpload(page, frame.id() + "", "photo", name("bomb"), pngClaiming(50_000, 50_000), "");
        var hidden = visitor.rawUpload(page, frame.id() + "", "photo", name("polyglot"), polyglot, "");
        var truncated = visitor.rawUpload(
                page, frame.id() + "", "photo", name("cut"), Arrays.copyOf(photo, photo.length / 2), "");
        var htmlAsPhoto = visitor.rawUpload(page, frame.id() + "", "photo", name("page"), html, "");

        assertThat(bomb.statusCode()).isEqualTo(422);
        assertThat(json.readTree(bomb.body()).get("detail").asString()).contains("too many pixels");
        assertThat(hidden.statusCode()).isEqualTo(422);
        assertThat(json.readTree(hidden.body()).get("detail").asString()).contains("besides the picture");
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(json.readTree(truncated.body()).get("detail").asString()).contains("did not arrive complete");
        assertThat(htmlAsPhoto.statusCode()).isEqualTo(415);
        assertThat(materialsOfThisTest()).isZero();
    }

    /** A PNG whose header claims a picture of this size, with nothing behind it: a decompression bomb's header. */
    private static byte[] pngClaiming(int width, int height) {
        var ihdr = java.nio.ByteBuffer.allocate(4 + 13)
                .put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width)
                .putInt(height)
                .put(new byte[] {8, 2, 0, 0, 0})
                .array();
        var crc = new java.util.zip.CRC32();
        crc.update(ihdr);
        return java.nio.ByteBuffer.allocate(8 + 4 + ihdr.length + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13)
                .put(ihdr)
                .putInt((int) crc.getValue())
                .array();
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsForbidden() throws Exception {
        visitor.page(productPath());

        var response = visitor.send(HttpRequest.newBuilder(
                        visitor.uri("/cart/uploads?product=" + frame.id() + "&slot=photo&filename=a.jpg"))
                .header("Accept", "application/json")
                .header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg(1000, 1300))));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void withoutJavaScriptTheFormUploadsAndTheProductPageShowsThePhotoInItsSlot() throws Exception {
        var page = visitor.page(productPath());
        var form = page.getElementById("upload-form-photo");
        assertThat(form).isNotNull();
        var fileInput = page.selectFirst("input[type=file][form=upload-form-photo]");
        assertThat(fileInput).isNotNull();
        assertThat(page.selectFirst("label[for=" + fileInput.id() + "]")).isNotNull();

        var response = visitor.multipart(
                form.attr("action"),
                Map.of("product", frame.id().toString(), "slot", "photo", "marketing", "true"),
                "file",
                "garden.jpg",
                jpeg(600, 800));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(productPath());
        var back = visitor.page(productPath());
        var value = back.selectFirst("input[type=hidden][name=personalization[photo]]");
        var id = new MaterialId(UUID.fromString(value.val()));
        assertThat(back.selectFirst("[data-upload-thumb]").attr("src")).isEqualTo("/files/test/" + id + "/thumbnail");
        assertThat(back.selectFirst("[data-upload-thumb]").attr("alt")).contains("garden.jpg");
        assertThat(back.selectFirst("[data-upload-quality]").text()).contains("may look soft");
        assertThat(back.selectFirst("[data-upload-status]").text()).isEqualTo("garden.jpg is uploaded.");
        verify(uploads).recordMarketingConsent(id, true, "upload-form");

        var added = visitor.form(
                "/cart/lines",
                back,
                Map.of(
                        "variantId",
                        frame.small().toString(),
                        "quantity",
                        "1",
                        "personalization[engraving]",
                        "For Ann",
                        "personalization[photo]",
                        id.toString()));
        assertThat(added.statusCode()).isEqualTo(303);
        var cart = visitor.page("/cart");
        assertThat(cart.selectFirst("#cart [data-upload-thumb]").attr("src"))
                .isEqualTo("/files/test/" + id + "/thumbnail");
        assertThat(cart.selectFirst("#cart [data-upload-label]").text()).isEqualTo("garden.jpg");
    }

    @Test
    void aLineIsRefusedWithAMaterialOfAnotherCartOrNone() throws Exception {
        var other = new Client(visitor.origin);
        var otherPage = other.page(productPath());
        var foreign = json.readTree(other.rawUpload(otherPage, frame.id() + "", "photo", "b.jpg", jpeg(1000, 1300), "")
                        .body())
                .get("materialId")
                .asString();
        var page = visitor.page(productPath());
        visitor.rawUpload(page, frame.id() + "", "photo", "mine.jpg", jpeg(1000, 1300), "");

        for (var value : new String[] {foreign, UUID.randomUUID().toString()}) {
            var response = visitor.form(
                    "/cart/lines",
                    page,
                    Map.of(
                            "variantId",
                            frame.small().toString(),
                            "quantity",
                            "1",
                            "personalization[engraving]",
                            "For Ann",
                            "personalization[photo]",
                            value));

            assertThat(response.statusCode()).as(value).isEqualTo(400);
            assertThat(response.body()).contains("Please upload your photo again");
        }
        assertThat(jdbc.sql("select count(*) from cart_lines where variant_id = ?")
                        .param(frame.small().value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anUploadCanBeRemovedOnlyFromItsOwnCart() throws Exception {
        var page = visitor.page(productPath());
        var id = json.readTree(visitor.rawUpload(page, frame.id() + "", "photo", "a.jpg", jpeg(1000, 1300), "")
                        .body())
                .get("materialId")
                .asString();
        var stranger = new Client(visitor.origin);
        var strangerPage = stranger.page(productPath());
        stranger.rawUpload(strangerPage, frame.id() + "", "photo", "b.jpg", jpeg(1000, 1300), "");

        var refused = stranger.post("/cart/uploads/" + id + "/delete", strangerPage);
        var removed = visitor.post("/cart/uploads/" + id + "/delete", page);

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(uploads.find(new MaterialId(UUID.fromString(id)))).isEmpty();
    }

    @Test
    void thePhotoOfAnItemInTheCartIsReplacedAndTheOldOneDeleted() throws Exception {
        var page = visitor.page(productPath());
        var first = json.readTree(visitor.rawUpload(page, frame.id() + "", "photo", "first.jpg", jpeg(1000, 1300), "")
                        .body())
                .get("materialId")
                .asString();
        visitor.form(
                "/cart/lines",
                page,
                Map.of(
                        "variantId",
                        frame.small().toString(),
                        "quantity",
                        "1",
                        "personalization[engraving]",
                        "For Ann",
                        "personalization[photo]",
                        first));
        var cart = visitor.page("/cart");
        var replaceForm = cart.selectFirst("#cart form[enctype=multipart/form-data]");
        var inUse = visitor.post("/cart/uploads/" + first + "/delete", cart);

        var response = visitor.multipart(replaceForm.attr("action"), Map.of(), "file", "second.jpg", jpeg(1200, 1600));

        assertThat(inUse.statusCode()).isEqualTo(409);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/cart");
        var after = visitor.page("/cart");
        assertThat(after.selectFirst("#cart [data-upload-label]").text()).isEqualTo("second.jpg");
        assertThat(uploads.find(new MaterialId(UUID.fromString(first)))).isEmpty();
        var value =
                jdbc.sql("""
                        select p.value from cart_line_personalization p join cart_lines l on l.id = p.line_id
                        where l.variant_id = ? and p.slot_key = 'photo'""").param(frame.small().value()).query(String.class).single();
        assertThat(value).isNotEqualTo(first);
        assertThat(uploads.find(new MaterialId(UUID.fromString(value)))
                        .orElseThrow()
                        .label())
                .isEqualTo("second.jpg");
    }

    @Test
    void theProductPageOffersALabelledUploadWidgetForThePhotoSlot() throws Exception {
        var page = visitor.page(productPath());

        var widget = page.selectFirst("fieldset[data-upload]");
        assertThat(widget).isNotNull();
        assertThat(widget.selectFirst("legend").text()).contains("Your photo");
        var file = widget.selectFirst("input[type=file]");
        assertThat(file.attr("accept")).contains("image/jpeg");
        assertThat(page.selectFirst("label[for=" + file.id() + "]").text()).isEqualTo("Choose a photo");
        assertThat(page.getElementById(file.id().replace("-file", "-hint")).text())
                .contains("up to 2 MB")
                .contains("130 × 180 mm");
        var consent = widget.selectFirst("input[type=checkbox][name=marketing]");
        assertThat(consent.hasAttr("checked")).isFalse();
        assertThat(page.selectFirst("label[for=" + consent.id() + "]").text())
                .isEqualTo("Allow the shop to show this in its gallery");
        assertThat(widget.selectFirst("progress")).isNotNull();
        assertThat(widget.selectFirst("[aria-live]")).isNotNull();
        assertThat(page.select("script[src$=/js/uploads.js]").attr("defer")).isNotNull();
        assertThat(page.select("[onclick], [onchange], script:not([src])")).isEmpty();
    }

    @Test
    void withoutJavaScriptARefusedPhotoComesBackAsAnErrorNextToTheField() throws Exception {
        var page = visitor.page(productPath());
        var form = page.getElementById("upload-form-photo");

        var response = visitor.multipart(
                form.attr("action"),
                Map.of("product", frame.id().toString(), "slot", "photo"),
                "file",
                name("tiny"),
                jpeg(200, 300));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(productPath());
        var back = visitor.page(productPath());
        var file = back.selectFirst("input[type=file][form=upload-form-photo]");
        assertThat(file.hasClass("is-invalid")).isTrue();
        var error = back.getElementById(file.id().replace("-file", "-error"));
        assertThat(file.attr("aria-describedby")).contains(error.id());
        assertThat(error.text()).contains("39 dpi").contains("at least " + MIN_DPI + " dpi");
        assertThat(back.selectFirst("input[type=hidden][name=personalization[photo]]")
                        .val())
                .isEmpty();
        assertThat(materialsOfThisTest()).isZero();
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWhileItStreams() throws Exception {
        var page = visitor.page(productPath());
        var tooLarge = new byte[3 * 1024 * 1024];
        System.arraycopy(jpeg(1000, 1300), 0, tooLarge, 0, 1000);

        var response = visitor.rawUpload(page, frame.id() + "", "photo", name("large"), tooLarge, "");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("larger than we accept");
        assertThat(materialsOfThisTest()).isZero();
    }

    @Test
    void theScriptReplacesThePhotoOfAnItemAndGetsTheNewOne() throws Exception {
        var page = visitor.page(productPath());
        var first = json.readTree(visitor.rawUpload(page, frame.id() + "", "photo", name("one"), jpeg(1000, 1300), "")
                        .body())
                .get("materialId")
                .asString();
        visitor.form(
                "/cart/lines",
                page,
                Map.of(
                        "variantId",
                        frame.small().toString(),
                        "quantity",
                        "1",
                        "personalization[engraving]",
                        "For Ann",
                        "personalization[photo]",
                        first));
        var cart = visitor.page("/cart");
        var url = cart.selectFirst("#cart [data-upload]").attr("data-upload-url");

        var response = visitor.send(HttpRequest.newBuilder(visitor.uri(url + "?filename=" + name("two")))
                .header(
                        cart.selectFirst("meta[name=_csrf_header]").attr("content"),
                        cart.selectFirst("meta[name=_csrf]").attr("content"))
                .header("Accept", "application/json")
                .header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg(600, 800))));

        assertThat(response.statusCode()).isEqualTo(200);
        var body = json.readTree(response.body());
        assertThat(body.get("label").asString()).isEqualTo(name("two"));
        assertThat(body.get("quality").asString()).isEqualTo("LOW");
        assertThat(uploads.find(new MaterialId(UUID.fromString(first)))).isEmpty();
        assertThat(visitor.page("/cart")
                        .selectFirst("#cart [data-upload-quality]")
                        .text())
                .contains("may look soft");
    }

    @Test
    void theCustomerMayWithdrawGalleryUseOfAnUpload() throws Exception {
        var page = visitor.page(productPath());
        var id = json.readTree(visitor.rawUpload(
                                page, frame.id() + "", "photo", name("gallery"), jpeg(1000, 1300), "&marketing=true")
                        .body())
                .get("materialId")
                .asString();
        var material = new MaterialId(UUID.fromString(id));

        var withdrawn = visitor.post("/cart/uploads/" + id + "/marketing?allowed=false", page);

        assertThat(withdrawn.statusCode()).isEqualTo(204);
        verify(uploads).recordMarketingConsent(material, true, "upload-form");
        verify(uploads).recordMarketingConsent(material, false, "upload-form");
    }

    @Test
    void aSignedInCustomersUploadGoesToTheirCartAndItsLinksAreBoundToThem() throws Exception {
        var email = TestPeople.email("ann");
        var registration = visitor.page("/register");
        var registered = visitor.form(
                "/register",
                registration,
                Map.of("name", "Ann Example", "email", email, "password", TestPeople.PASSWORD));
        assertThat(registered.statusCode()).isEqualTo(302);
        var page = visitor.page(productPath());

        var response = visitor.rawUpload(page, frame.id() + "", "photo", name("account"), jpeg(1000, 1300), "");

        assertThat(response.statusCode()).isEqualTo(201);
        var id = new MaterialId(
                UUID.fromString(json.readTree(response.body()).get("materialId").asString()));
        var cart = uploads.find(id).orElseThrow().scope().id();
        assertThat(jdbc.sql("select customer_id from carts where id = ?")
                        .param(cart)
                        .query(UUID.class)
                        .optional())
                .isPresent();
        verify(uploads)
                .link(
                        eq(id),
                        eq(Rendition.THUMBNAIL),
                        eq(new Viewer("CUSTOMER", "cart:" + cart, email, "cart-preview")));
    }

    private String productPath() {
        return "/products/" + frame.slug();
    }

    /** Materials whose label carries this test's unique suffix. */
    private int materialsOfThisTest() {
        return jdbc.sql("select count(*) from upload_materials where label like ?")
                .param("%" + products.suffix + "%")
                .query(Integer.class)
                .single();
    }

    private String name(String base) {
        return base + "-" + products.suffix + ".jpg";
    }

    static byte[] jpeg(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0xF2B36B), 0, height, new Color(0x2E5E7E)));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** A visitor over real HTTP: keeps cookies, reads the CSRF token from the page. */
    static final class Client {

        final URI origin;
        private final HttpClient http;

        Client(URI origin) {
            this.origin = origin;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        URI uri(String path) {
            return origin.resolve(path);
        }

        Document page(String path) throws IOException, InterruptedException {
            var response = send(HttpRequest.newBuilder(uri(path)).GET());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return Jsoup.parse(response.body(), uri(path).toString());
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> rawUpload(
                Document page, String product, String slot, String filename, byte[] bytes, String extraQuery)
                throws IOException, InterruptedException {
            var url = "/cart/uploads?product=" + product + "&slot=" + enc(slot) + "&filename=" + enc(filename)
                    + extraQuery;
            return send(HttpRequest.newBuilder(uri(url))
                    .header(header(page), token(page))
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        }

        HttpResponse<String> post(String path, Document page) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path))
                    .header(header(page), token(page))
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody()));
        }

        HttpResponse<String> form(String path, Document page, Map<String, String> fields)
                throws IOException, InterruptedException {
            var all = new LinkedHashMap<>(fields);
            all.put("_csrf", token(page));
            var body = new StringBuilder();
            all.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                    .append(enc(name))
                    .append('=')
                    .append(enc(value)));
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        /** A multipart form as a browser sends it: the fields first, then the file. */
        HttpResponse<String> multipart(
                String action, Map<String, String> fields, String fileField, String filename, byte[] bytes)
                throws IOException, InterruptedException {
            var boundary = "----atelier" + UUID.randomUUID();
            var out = new ByteArrayOutputStream();
            for (var field : fields.entrySet()) {
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                                + "\"\r\n\r\n" + field.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                            + "\"; filename=\"" + filename + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bytes);
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(uri(action))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
        }

        private static String token(Document page) {
            return page.selectFirst("meta[name=_csrf]").attr("content");
        }

        private static String header(Document page) {
            return page.selectFirst("meta[name=_csrf_header]").attr("content");
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
