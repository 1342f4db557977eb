package shop.atelier.orders.internal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import shop.atelier.Browser;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CatalogTestData;

/**
 * A guest uploads a real JPEG on the product page in headless Chromium, on a slowed-down
 * connection: the progress bar moves, the thumbnail appears, and the item in the cart shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CartUploadBrowserTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    CatalogManagement catalogManagement;

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
            Browser.throttleUploads(context, page, 400 * 1024);

            page.getByLabel("Small " + products.suffix).check();
            page.getByLabel("Engraving").fill("For Ann " + products.suffix);
            var widget = page.locator("[data-upload]");
            assertThat(widget.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions()
                                    .setName(text("cart-uploads.upload-label", "Your photo"))))
                    .isHidden();
            page.getByLabel(text("cart-uploads.choose.PHOTO"))
                    .setInputFiles(new FilePayload(
                            "garden-" + products.suffix + ".jpg", "image/jpeg", Browser.noisyJpeg(1200, 1600)));

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
            Browser.awaitLoaded(page, thumbnail);
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
                    .setInputFiles(new FilePayload(
                            "beach-" + products.suffix + ".jpg", "image/jpeg", Browser.noisyJpeg(800, 1000)));
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

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }
}
