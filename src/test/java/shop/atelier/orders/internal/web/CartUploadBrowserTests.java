package shop.atelier.orders.internal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import shop.atelier.Browser;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PrintSpec;
import shop.atelier.catalog.SlotSpec;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.VariantId;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CatalogTestData;
import shop.atelier.uploads.MarketingConsent;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/**
 * A guest uploads a real JPEG on the product page in headless Chromium, on a slowed-down
 * connection: the progress bar moves, the thumbnail appears, and the item in the cart shows it.
 * Where the catalog's slot lookup or the signed links are not there yet, they are stood in for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@MockitoSpyBean(types = {Uploads.class, Catalog.class})
class CartUploadBrowserTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    CatalogManagement catalogManagement;

    @Autowired
    Catalog catalog;

    @Autowired
    Uploads uploads;

    @Autowired
    MessageSource messages;

    CatalogTestData products;
    CatalogTestData.Frame frame;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        products = new CatalogTestData(catalogManagement);
        frame = products.listedFrame();
        standInForWhatIsNotThereYet();
    }

    @Test
    void aGuestUploadsAPhotoWithProgressAndSeesItInTheCart() throws IOException {
        var origin = "http://localhost:" + port;
        try (var context = browser.newVisitor()) {
            var page = context.newPage();
            var problems = new ArrayList<String>();
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    problems.add(message.text());
                }
            });
            page.onPageError(problems::add);
            page.navigate(origin + "/products/" + frame.slug());
            slowUploads(context.newCDPSession(page));

            page.getByLabel("Small " + products.suffix).check();
            page.getByLabel("Engraving").fill("For Ann " + products.suffix);
            var widget = page.locator("[data-upload]");
            assertThat(widget.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions()
                                    .setName(text("cart-uploads.upload-label", "Your photo"))))
                    .isHidden();
            page.getByLabel(text("cart-uploads.choose.PHOTO"))
                    .setInputFiles(
                            new FilePayload("garden-" + products.suffix + ".jpg", "image/jpeg", noisyJpeg(1200, 1600)));

            page.waitForFunction("() => { const p = document.querySelector('[data-upload] progress');"
                    + " return p && p.value > 0 && p.value < 100; }");
            assertThat(widget.locator("[data-upload-status]")).hasText(text("cart-uploads.uploading", "Your photo"));
            Browser.screenshot(page, "uploads-01-progress");

            var thumbnail = widget.locator("[data-upload-thumb]");
            assertThat(thumbnail)
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                            .setTimeout(60_000));
            assertThat(thumbnail)
                    .hasAttribute("alt", text("cart-uploads.thumbnail-alt", "garden-" + products.suffix + ".jpg"));
            assertThat(widget.locator("[data-upload-progress]")).isHidden();
            assertThat(widget.locator("[data-upload-quality]")).containsText("dpi");
            Assertions.assertThat(widget.locator("[data-upload-value]").inputValue())
                    .hasSize(36);
            Assertions.assertThat((Boolean) thumbnail.evaluate("img => img.complete && img.naturalWidth > 0"))
                    .as("thumbnail loaded")
                    .isTrue();
            Browser.screenshot(page, "uploads-02-thumbnail");

            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName(text("catalog.product.add-to-cart"))
                                    .setExact(true))
                    .click();
            assertThat(page).hasURL(origin + "/cart");
            var inCart = page.locator("#cart [data-upload-thumb]");
            assertThat(inCart).isVisible();
            assertThat(page.locator("#cart [data-upload-label]")).hasText("garden-" + products.suffix + ".jpg");
            Browser.screenshot(page, "uploads-03-cart");

            var line = page.locator("#cart [data-upload]");
            assertThat(line.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions()
                                    .setName(text("cart-uploads.replace-label", "Your photo"))))
                    .isVisible();
            page.getByLabel(text("cart-uploads.cart.replace-file", "Your photo"))
                    .setInputFiles(
                            new FilePayload("beach-" + products.suffix + ".jpg", "image/jpeg", noisyJpeg(800, 1000)));
            assertThat(line.locator("[data-upload-label]"))
                    .hasText(
                            "beach-" + products.suffix + ".jpg",
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                                    .setTimeout(60_000));
            assertThat(line.locator("[data-upload-status]")).containsText(text("cart-uploads.dpi.low", 141, 150));
            assertThat(line.locator("[data-upload-picker]")).isHidden();
            assertThat(line.locator("[data-upload-quality]")).hasClass(Pattern.compile(".*upload-warning.*"));
            Browser.screenshot(page, "uploads-04-cart-replaced");
            page.reload();
            assertThat(page.locator("#cart [data-upload-label]")).hasText("beach-" + products.suffix + ".jpg");

            Assertions.assertThat(problems).as("errors in the browser console").isEmpty();
        }
    }

    private static void slowUploads(com.microsoft.playwright.CDPSession cdp) {
        cdp.send("Network.enable");
        var conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", 20);
        conditions.addProperty("downloadThroughput", -1);
        conditions.addProperty("uploadThroughput", 400 * 1024);
        cdp.send("Network.emulateNetworkConditions", conditions);
    }

    /** Uses the catalog's slot lookup and the signed links where they exist; stands in for them where not. */
    private void standInForWhatIsNotThereYet() throws IOException {
        try {
            catalog.slot(frame.id(), "photo");
        } catch (UnsupportedOperationException notYet) {
            var photo = new SlotSpec(
                    frame.id(), "photo", "Your photo", SlotType.PHOTO, false, new PrintSpec(130, 180, 100));
            doReturn(Optional.of(photo)).when(catalog).slot(frame.id(), "photo");
            doReturn(Optional.of(photo)).when(catalog).slot(any(VariantId.class), eq("photo"));
        }
        try {
            uploads.link(MaterialId.random(), Rendition.THUMBNAIL, new Viewer("GUEST", "cart:test", null, "test"));
        } catch (UnsupportedOperationException notYet) {
            var thumbnail = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(noisyJpeg(96, 96));
            doReturn(thumbnail).when(uploads).link(any(), any(), any());
        } catch (RuntimeException unknownMaterial) {
            // The real signed links are there.
        }
        try {
            uploads.marketingConsent(MaterialId.random());
        } catch (UnsupportedOperationException notYet) {
            doAnswer(invocation -> new MarketingConsent(
                            invocation.getArgument(0), invocation.getArgument(1), Instant.now(), "test", "upload-form"))
                    .when(uploads)
                    .recordMarketingConsent(any(), anyBoolean(), any());
        } catch (RuntimeException unknownMaterial) {
            // The real consent ledger is there.
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    /** A photo-like JPEG that does not compress to nothing, so its upload takes a while. */
    static byte[] noisyJpeg(int width, int height) throws IOException {
        var random = new Random(42);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                var base = (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x60;
                image.setRGB(x, y, base ^ (random.nextInt(64) * 0x010101));
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
