package shop.atelier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CatalogTestData;

/**
 * A guest buys a personalized product in headless Chromium: catalog, product page, personalization,
 * cart, checkout, the sandbox's Pay, and the order page that updates itself (htmx) until it shows
 * the order paid with its timeline. The same purchase also works with JavaScript switched off.
 * Each step leaves a screenshot in {@code target/screenshots/}.
 */
@JourneyTest
class ShopJourneyBrowserTests {

    private static Browser browser;

    @Autowired
    CatalogManagement catalog;

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
        products = new CatalogTestData(catalog);
        frame = products.listedFrame();
        catalog.addImage(frame.id(), photo(), "An oak frame holding a photo of a sunset over the sea");
    }

    @Test
    void aGuestBuysAPersonalizedFrameAndWatchesTheOrderBecomePaid() {
        var engraving = "For Ann " + products.suffix;
        try (var context = browser.newVisitor()) {
            var page = context.newPage();
            var problems = problemsOf(page);

            page.navigate(ShopAtFreePort.ORIGIN + "/");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text("catalog.heading"))))
                    .isVisible();
            Browser.screenshot(page, "journey-01-catalog");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(frame.name()))
                    .click();
            assertThat(page).hasURL(ShopAtFreePort.ORIGIN + "/products/" + frame.slug());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText(frame.name());
            Browser.screenshot(page, "journey-02-product");

            page.getByLabel("Large " + products.suffix).check();
            page.getByLabel("Engraving").fill(engraving);
            Browser.screenshot(page, "journey-03-personalized");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("catalog.product.add-to-cart")))
                    .click();

            assertThat(page).hasURL(ShopAtFreePort.ORIGIN + "/cart");
            assertThat(page.locator("#cart")).containsText(engraving);
            assertThat(page.locator("#cart")).containsText("€34.90");
            Browser.screenshot(page, "journey-04-cart");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("orders.cart.checkout")))
                    .click();
            assertThat(page).hasURL(ShopAtFreePort.ORIGIN + "/checkout");
            var guest = Shopper.Person.unique("Ann");
            fillCheckout(page, guest);
            Browser.screenshot(page, "journey-05-checkout");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("orders.checkout.submit")))
                    .click();

            assertThat(page).hasURL(startingWith(ShopAtFreePort.ORIGIN + "/sandbox-pay/"));
            assertThat(page.locator("#amount")).containsText("34.90");
            var orderNumber = page.locator("#order-number").textContent().strip();
            Browser.screenshot(page, "journey-06-sandbox-pay");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName(text("sandbox.pay"))
                                    .setExact(true))
                    .click();

            assertThat(page).hasURL(startingWith(ShopAtFreePort.ORIGIN + "/orders/track/"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText(orderNumber);
            Browser.screenshot(page, "journey-07-order");
            var status = page.locator("#order-status");
            assertThat(status.locator(".badge")).hasText(text("orders.status.PROOFING"), paymentDeadline());
            assertThat(status.locator("ol")).containsText(text("orders.timeline.PLACED"));
            assertThat(status.locator("ol")).containsText(text("orders.timeline.PAID"));
            assertThat(page.locator("main")).containsText(engraving);
            Browser.screenshot(page, "journey-08-order-paid");

            try (var staffContext = browser.newVisitor()) {
                staffContext.onPage(opened -> watch(opened, problems));
                var staff = staffContext.newPage();
                staff.navigate(ShopAtFreePort.ORIGIN + "/login");
                staff.getByLabel(text("customers.field.email")).fill(ShopJourneyTests.STAFF_EMAIL);
                staff.getByLabel(text("customers.field.password")).fill(ShopJourneyTests.STAFF_PASSWORD);
                button(staff, "customers.login.submit").click();
                staff.navigate(ShopAtFreePort.ORIGIN + "/staff/outbox");
                staff.getByLabel(text("outbox.filter.recipient")).fill(guest.email());
                button(staff, "outbox.filter.submit").click();
                var subject = messages.getMessage(
                        "orders.mail.confirmation.subject", new Object[] {orderNumber}, Locale.ENGLISH);
                var mail = staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(subject));
                await("confirmation email in the outbox")
                        .atMost(Shopper.PAYMENT_DEADLINE)
                        .pollInterval(Duration.ofMillis(250))
                        .until(
                                () -> {
                                    if (mail.count() == 0) {
                                        button(staff, "outbox.filter.submit").click();
                                    }
                                    return mail.count();
                                },
                                count -> count == 1);
                Browser.screenshot(staff, "journey-12-outbox");
                mail.click();
                assertThat(staff.locator("pre")).containsText(engraving);
                Browser.screenshot(staff, "journey-13-outbox-message");
                var html = staffContext.waitForPage(
                        () -> link(staff, "outbox.open-html").click());
                assertThat(html.locator("body")).containsText(orderNumber);
                assertThat(html.locator("body")).containsText(engraving);
                Browser.screenshot(html, "journey-14-confirmation-email");
            }

            Assertions.assertThat(problems).as("errors in the browser console").isEmpty();
        }
    }

    @Test
    void aGuestUploadsAPhotoApprovesTheDesignPreviewAndTheOrderGoesIntoProduction() throws IOException {
        var engraving = "Proof " + products.suffix;
        var photoName = "garden-" + products.suffix + ".jpg";
        try (var context = browser.newVisitor()) {
            var page = context.newPage();
            var problems = problemsOf(page);
            page.navigate(ShopAtFreePort.ORIGIN + "/products/" + frame.slug());
            page.getByLabel("Small " + products.suffix).check();
            page.getByLabel("Engraving").fill(engraving);
            Browser.throttleUploads(context, page, 400 * 1024);

            var widget = page.locator("[data-upload]");
            page.getByLabel(text("cart-uploads.choose.PHOTO"))
                    .setInputFiles(new FilePayload(photoName, "image/jpeg", Browser.noisyJpeg(1200, 1600)));
            page.waitForFunction("() => { const p = document.querySelector('[data-upload] progress');"
                    + " return p && p.value > 0 && p.value < 100; }");
            Browser.screenshot(page, "proof-01-upload-progress");
            var thumbnail = widget.locator("[data-upload-thumb]");
            assertThat(thumbnail).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            Browser.awaitLoaded(page, thumbnail);
            Browser.screenshot(page, "proof-02-upload-thumbnail");
            Browser.throttleUploads(context, page, -1);

            button(page, "catalog.product.add-to-cart").click();
            assertThat(page).hasURL(ShopAtFreePort.ORIGIN + "/cart");
            assertThat(page.locator("#cart [data-upload-label]")).hasText(photoName);
            link(page, "orders.cart.checkout").click();
            fillCheckout(page, Shopper.Person.unique("Gil"));
            button(page, "orders.checkout.submit").click();
            assertThat(page).hasURL(startingWith(ShopAtFreePort.ORIGIN + "/sandbox-pay/"));
            var orderNumber = page.locator("#order-number").textContent().strip();
            button(page, "sandbox.pay").click();

            assertThat(page).hasURL(startingWith(ShopAtFreePort.ORIGIN + "/orders/track/"));
            var orderPage = page.url();
            assertThat(page.locator("#order-status .badge")).hasText(text("orders.status.PROOFING"), paymentDeadline());
            assertThat(page.locator("main img[src^='/files/']").first()).isVisible();
            Browser.screenshot(page, "proof-03-order-proofing");

            try (var staffContext = browser.newVisitor()) {
                staffContext.onPage(opened -> watch(opened, problems));
                var staff = staffContext.newPage();
                staff.navigate(ShopAtFreePort.ORIGIN + "/login");
                staff.getByLabel(text("customers.field.email")).fill(ShopJourneyTests.STAFF_EMAIL);
                staff.getByLabel(text("customers.field.password")).fill(ShopJourneyTests.STAFF_PASSWORD);
                button(staff, "customers.login.submit").click();
                staff.navigate(ShopAtFreePort.ORIGIN + "/staff/proofs");
                staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(orderNumber))
                        .first()
                        .click();
                assertThat(staff.locator("main")).containsText(engraving);
                assertThat(staff.locator("main img[src^='/files/']").first()).isVisible();
                staff.getByLabel(text("proofs.staff.note")).fill("The engraving runs along the bottom edge.");
                staff.getByLabel(text("proofs.staff.file"))
                        .setInputFiles(new FilePayload("preview.png", "image/png", photo()));
                Browser.screenshot(staff, "proof-04-staff-publishes");
                button(staff, "proofs.staff.publish").click();
                assertThat(staff.locator("[role=status]")).isVisible();
                Browser.screenshot(staff, "proof-05-staff-published");
            }

            page.navigate(orderPage);
            link(page, "orders.order.proofing.review").click();
            assertThat(page).hasURL(orderPage + "/proofs");
            var preview = page.locator("main img[src^='/files/']").first();
            assertThat(preview).isVisible();
            Browser.awaitLoaded(page, preview);
            assertThat(page.locator("main")).containsText("The engraving runs along the bottom edge.");
            Browser.screenshot(page, "proof-06-customer-reviews");
            button(page, "proofs.customer.approve").click();
            assertThat(page.locator("main")).containsText(text("proofs.customer.all-approved"));
            Browser.screenshot(page, "proof-07-approved");

            page.navigate(orderPage);
            assertThat(page.locator("#order-status .badge")).hasText(text("orders.status.IN_PRODUCTION"));
            Browser.screenshot(page, "proof-08-in-production");

            // The gallery shows the photo only while the customer allows it (promise M1).
            var ours = "() => [...document.querySelectorAll('figure.card img')]"
                    + ".some(img => img.complete && img.naturalWidth === 300 && img.naturalHeight === 400)";
            button(page, "orders.materials.marketing.allow").click();
            assertThat(page.locator("main")).containsText(text("orders.materials.marketing.saved-allowed"));
            try (var staffContext = browser.newVisitor()) {
                staffContext.onPage(opened -> watch(opened, problems));
                var staff = staffContext.newPage();
                staff.navigate(ShopAtFreePort.ORIGIN + "/login");
                staff.getByLabel(text("customers.field.email")).fill(ShopJourneyTests.STAFF_EMAIL);
                staff.getByLabel(text("customers.field.password")).fill(ShopJourneyTests.STAFF_PASSWORD);
                button(staff, "customers.login.submit").click();
                staff.navigate(ShopAtFreePort.ORIGIN + "/staff/gallery");
                staff.waitForFunction(ours);
                Browser.screenshot(staff, "proof-09-gallery");

                button(page, "orders.materials.marketing.withdraw").click();
                assertThat(page.locator("main")).containsText(text("orders.materials.marketing.saved-withdrawn"));
                staff.reload();
                staff.waitForFunction(
                        "() => [...document.querySelectorAll('figure.card img')].every(img => img.complete)");
                Assertions.assertThat(staff.evaluate("(" + ours + ")()"))
                        .as("withdrawn: gone from the gallery at once")
                        .isEqualTo(false);
            }
            Assertions.assertThat(problems).as("errors in the browser console").isEmpty();
        }
    }

    @Test
    void withoutJavaScriptTheSamePurchaseWorks() {
        var engraving = "No script " + products.suffix;
        try (var context = browser.newVisitorWithoutJavaScript()) {
            var page = context.newPage();

            page.navigate(ShopAtFreePort.ORIGIN + "/products/" + frame.slug());
            page.getByLabel("Small " + products.suffix).check();
            page.getByLabel("Engraving").fill(engraving);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("catalog.product.add-to-cart")))
                    .click();

            assertThat(page).hasURL(ShopAtFreePort.ORIGIN + "/cart");
            assertThat(page.locator("#cart")).containsText(engraving);
            Browser.screenshot(page, "nojs-01-cart");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("orders.cart.checkout")))
                    .click();
            fillCheckout(page, Shopper.Person.unique("Eve"));
            Browser.screenshot(page, "nojs-02-checkout");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("orders.checkout.submit")))
                    .click();

            assertThat(page).hasURL(startingWith(ShopAtFreePort.ORIGIN + "/sandbox-pay/"));
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName(text("sandbox.pay"))
                                    .setExact(true))
                    .click();
            assertThat(page).hasURL(startingWith(ShopAtFreePort.ORIGIN + "/orders/track/"));

            var badge = page.locator("#order-status .badge");
            await("order shown as paid after reloading")
                    .atMost(Shopper.PAYMENT_DEADLINE)
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> {
                                if (!badge.textContent().strip().equals(text("orders.status.PROOFING"))) {
                                    page.reload();
                                }
                                return badge.textContent().strip();
                            },
                            text("orders.status.PROOFING")::equals);
            assertThat(page.locator("#order-status ol")).containsText(text("orders.timeline.PAID"));
            Browser.screenshot(page, "nojs-03-order-paid");
        }
    }

    @Test
    void whileThePaymentIsConfirmedTheOrderPageUpdatesItself() {
        try (var context = browser.newVisitor()) {
            var page = context.newPage();
            var problems = problemsOf(page);
            page.navigate(ShopAtFreePort.ORIGIN + "/products/" + frame.slug());
            page.getByLabel("Small " + products.suffix).check();
            page.getByLabel("Engraving").fill("Htmx " + products.suffix);
            button(page, "catalog.product.add-to-cart").click();
            link(page, "orders.cart.checkout").click();
            fillCheckout(page, Shopper.Person.unique("Fay"));
            button(page, "orders.checkout.submit").click();
            assertThat(page).hasURL(startingWith(ShopAtFreePort.ORIGIN + "/sandbox-pay/"));
            button(page, "sandbox.decline").click();

            assertThat(page).hasURL(startingWith(ShopAtFreePort.ORIGIN + "/orders/track/"));
            var badge = page.locator("#order-status .badge");
            assertThat(badge).hasText(text("orders.status.PAYMENT_FAILED"), paymentDeadline());
            assertThat(page.locator("#order-status")).containsText(text("orders.order.failed"));
            Browser.screenshot(page, "journey-09-payment-failed");

            var provider = context.newPage();
            provider.navigate(page.url());
            button(provider, "orders.order.pay-again").click();
            assertThat(provider).hasURL(startingWith(ShopAtFreePort.ORIGIN + "/sandbox-pay/"));

            page.reload();
            assertThat(badge).hasText(text("orders.status.PLACED"));
            assertThat(page.locator("#order-status")).containsText(text("orders.order.awaiting"));
            Browser.screenshot(page, "journey-10-awaiting-payment");
            page.evaluate("window.notReloaded = true");

            button(provider, "sandbox.pay").click();

            assertThat(badge).hasText(text("orders.status.PROOFING"), paymentDeadline());
            assertThat(page.locator("#order-status ol")).containsText(text("orders.timeline.retry"));
            assertThat(page.locator("#order-status ol")).containsText(text("orders.timeline.PAID"));
            Assertions.assertThat(page.evaluate("window.notReloaded === true"))
                    .as("updated in place, not reloaded")
                    .isEqualTo(true);
            Browser.screenshot(page, "journey-11-paid-in-place");
            Assertions.assertThat(problems).as("errors in the browser console").isEmpty();
        }
    }

    private Locator button(Page page, String key) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text(key)).setExact(true));
    }

    private Locator link(Page page, String key) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(text(key)).setExact(true));
    }

    private void fillCheckout(Page page, Shopper.Person person) {
        page.getByLabel(text("orders.checkout.contact.name")).fill(person.name());
        page.getByLabel(text("orders.checkout.contact.email")).fill(person.email());
        page.getByLabel(text("orders.checkout.contact.phone")).fill(person.phone());
        var shipping =
                page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(text("orders.checkout.shipping")));
        field(shipping, "orders.checkout.address.name").fill(person.name());
        field(shipping, "orders.checkout.address.line1").fill(person.line1());
        field(shipping, "orders.checkout.address.postal-code").fill(person.postalCode());
        field(shipping, "orders.checkout.address.city").fill(person.city());
        field(shipping, "orders.checkout.address.country").selectOption("DE");
        assertThat(page.getByLabel(text("orders.checkout.billing.same"))).isChecked();
    }

    /** URLs that start with the text and go on (Playwright matches with JavaScript's regular expressions). */
    private static Pattern startingWith(String prefix) {
        return Pattern.compile("^" + prefix.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0") + ".+");
    }

    private Locator field(Locator group, String labelKey) {
        return group.getByLabel(text(labelKey), new Locator.GetByLabelOptions().setExact(true));
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    private static LocatorAssertions.HasTextOptions paymentDeadline() {
        return new LocatorAssertions.HasTextOptions().setTimeout(Shopper.PAYMENT_DEADLINE.toMillis());
    }

    /** Console errors, failed requests and uncaught exceptions: a blocked script or style shows up here. */
    private static List<String> problemsOf(Page page) {
        return watch(page, new ArrayList<>());
    }

    private static List<String> watch(Page page, List<String> problems) {
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add(message.text() + " " + message.location());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400) {
                problems.add(response.status() + " " + response.url());
            }
        });
        page.onPageError(problems::add);
        return problems;
    }

    /** A photo of a sunset, as a PNG, so the product has an uploaded image like a real one. */
    private static byte[] photo() throws IOException {
        var image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0xF2B36B), 0, 380, new Color(0xC8553D)));
        graphics.fillRect(0, 0, 800, 380);
        graphics.setColor(new Color(0xFFE9A8));
        graphics.fillOval(330, 290, 140, 140);
        graphics.setPaint(new GradientPaint(0, 380, new Color(0x2E5E7E), 0, 600, new Color(0x173447)));
        graphics.fillRect(0, 380, 800, 220);
        graphics.dispose();
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
