package shop.atelier.rights;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.Browser;
import shop.atelier.customers.TestPeople;
import shop.atelier.customers.internal.AccountManagement;
import shop.atelier.marketing.internal.UnsubscribeLinksForTests;
import shop.atelier.platform.ShopProperties;
import shop.atelier.privacy.spi.PersonalDataHolder;

/**
 * The privacy center in headless Chromium, as the people who use it: a visitor reads the privacy
 * and cookie policies from the footer (by mouse and by keyboard, and on a phone); a customer gets
 * a copy of their data, subscribes to promotional mail and leaves it again through the one-click
 * link, then erases their account and sees the receipt; a guest asks for a copy through the
 * emailed link, which works once; a privacy officer works the request list and a staff member
 * previews a campaign. Every page is checked for the basics of accessibility, and every step
 * leaves a screenshot {@code privacy-*.png} in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrivacyCenterBrowserTests {

    static final String STAFF_EMAIL = "staff@atelier.example";
    static final String STAFF_PASSWORD = "staff-demo-password";
    static final int PHONE_WIDTH = 390;
    static final Duration MAIL_DEADLINE = Duration.ofSeconds(20);
    static final Pattern VERIFY_LINK = Pattern.compile("/privacy/requests/verify/[A-Za-z0-9_-]{43}");
    static final Pattern CONFIRM_LINK = Pattern.compile("/newsletter/confirm/[A-Za-z0-9_-]{43}");

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    ShopProperties shop;

    @Autowired
    ApplicationContext context;

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

    @Test
    void aVisitorReadsThePrivacyAndCookiePoliciesFromTheFooterByMouseKeyboardAndPhone() {
        try (var visitor = browser.newVisitor()) {
            var page = visitor.newPage();
            var problems = problemsOf(page);
            page.navigate(url("/"));
            rejectCookies(page);

            footerLink(page, "privacy.footer.policy").click();
            assertThat(page).hasURL(url("/privacy"));
            assertThat(heading(page)).hasText(text("privacy.policy.heading"));
            assertThat(page.locator("#policy-last-updated")).containsText("Last updated");
            var declared = 0;
            for (var holder : holders) {
                for (var category : holder.inventory().categories()) {
                    var row = page.locator("#data-map-table tr[data-category='" + category.id() + "']")
                            .first();
                    assertThat(row).isVisible();
                    assertThat(row).containsText(category.description());
                    declared++;
                }
            }
            Assertions.assertThat(declared).as("categories in the data map").isPositive();
            assertThat(page.locator("#privacy-contact")).hasText(shop.privacyContact());
            assertAccessible(page);
            Browser.screenshot(page, "privacy-01-policy");

            footerLink(page, "privacy.footer.cookie-policy").click();
            assertThat(page).hasURL(url("/privacy/cookies"));
            assertThat(heading(page)).isVisible();
            assertAccessible(page);
            Browser.screenshot(page, "privacy-02-cookie-policy");

            page.navigate(url("/"));
            tabTo(page, footerLink(page, "privacy.footer.policy"));
            Browser.screenshot(page, "privacy-03-footer-focus");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(url("/privacy"));
            tabTo(page, footerLink(page, "privacy.footer.cookie-policy"));
            page.keyboard().press("Enter");
            assertThat(page).hasURL(url("/privacy/cookies"));

            page.setViewportSize(PHONE_WIDTH, 844);
            page.navigate(url("/privacy"));
            assertFitsTheScreen(page);
            Browser.screenshot(page, "privacy-04-policy-phone");
            page.navigate(url("/privacy/cookies"));
            assertFitsTheScreen(page);
            Browser.screenshot(page, "privacy-05-cookie-policy-phone");
            Assertions.assertThat(problems).as("errors in the browser").isEmpty();
        }
    }

    @Test
    void aCustomerDownloadsTheirDataSubscribesUnsubscribesAndErasesTheirAccount() throws IOException {
        var email = TestPeople.email("center");
        accounts.register("Cleo Center", email, "+49 30 555 0199", TestPeople.PASSWORD);
        try (var customer = browser.newVisitor()) {
            var page = customer.newPage();
            var problems = problemsOf(page);
            signIn(page, email, TestPeople.PASSWORD);

            page.navigate(url("/account"));
            page.getByRole(AriaRole.LINK, name(text("rights.center.title"))).click();
            assertThat(page).hasURL(url("/account/privacy"));
            assertThat(heading(page)).hasText(text("rights.center.heading"));
            assertAccessible(page);
            Browser.screenshot(page, "privacy-10-center");
            page.setViewportSize(PHONE_WIDTH, 844);
            assertFitsTheScreen(page);
            Browser.screenshot(page, "privacy-10-center-phone");
            page.setViewportSize(1280, 900);

            button(page, "rights.center.access.submit").click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("rights.request.ready"));
            assertAccessible(page);
            Browser.screenshot(page, "privacy-11-access-ready");
            var zip = download(page, page.getByRole(AriaRole.LINK, name(text("rights.request.download"))));
            Assertions.assertThat(dataJson(zip)).contains(email.toLowerCase(Locale.ROOT));

            page.navigate(url("/account"));
            page.getByRole(AriaRole.LINK, name(text("marketing.link.account.newsletter")))
                    .click();
            assertThat(page).hasURL(url("/account/newsletter"));
            var optIn = page.getByLabel(text("marketing.account.opt-in"));
            assertThat(optIn).not().isChecked();
            assertAccessible(page);
            optIn.check();
            button(page, "marketing.account.subscribe").click();
            assertThat(page.locator("#newsletter-state")).hasText(text("marketing.account.pending"));
            assertThat(page.getByRole(AriaRole.STATUS)).hasCount(1);
            Browser.screenshot(page, "privacy-12-newsletter-pending");

            page.navigate(url(mailedLink(email, CONFIRM_LINK)));
            assertThat(heading(page)).hasText(text("marketing.confirm.heading"));
            assertAccessible(page);
            Browser.screenshot(page, "privacy-13-newsletter-confirm");
            button(page, "marketing.confirm.button").click();
            assertThat(heading(page)).hasText(text("marketing.confirmed.heading"));
            Browser.screenshot(page, "privacy-14-newsletter-confirmed");
            page.navigate(url("/account/newsletter"));
            assertThat(page.locator("#newsletter-state")).containsText("You receive promotional mail");

            page.navigate(url(UnsubscribeLinksForTests.path(context, email)));
            assertThat(heading(page)).hasText(text("marketing.unsubscribe.heading"));
            assertAccessible(page);
            Browser.screenshot(page, "privacy-15-unsubscribe");
            button(page, "marketing.unsubscribe.button").click();
            assertThat(heading(page)).hasText(text("marketing.unsubscribed.heading"));
            assertAccessible(page);
            Browser.screenshot(page, "privacy-16-unsubscribed");
            page.navigate(url("/account/newsletter"));
            assertThat(page.locator("#newsletter-state")).hasText(text("marketing.account.not-subscribed"));

            page.navigate(url("/account/privacy"));
            page.getByRole(AriaRole.LINK, name(text("rights.center.erase.start")))
                    .click();
            assertThat(page).hasURL(url("/account/privacy/requests/erasure"));
            assertAccessible(page);
            Browser.screenshot(page, "privacy-17-erasure");
            page.getByLabel(text("rights.erasure.password")).fill("not my password at all");
            page.getByLabel(text("rights.erasure.confirm")).check();
            button(page, "rights.erasure.submit").click();
            var password = page.getByLabel(text("rights.erasure.password"));
            assertThat(password).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#password-error")).hasText(text("rights.erasure.password.wrong"));
            assertAccessible(page);
            Browser.screenshot(page, "privacy-18-erasure-wrong-password");

            password.fill(TestPeople.PASSWORD);
            page.getByLabel(text("rights.erasure.confirm")).check();
            button(page, "rights.erasure.submit").click();
            assertThat(page).hasURL(Pattern.compile("/privacy/requests/status/[A-Za-z0-9_-]{43}$"));
            var receipt = page.locator("#receipt");
            assertThat(receipt).containsText(text("rights.receipt.heading"));
            assertThat(page.locator("#request-state")).hasText(text("rights.state.COMPLETED"));
            assertThat(receipt.locator("[data-holder=customers]")).containsText(text("rights.holder.customers"));
            assertThat(receipt.locator("[data-holder=customers]")).containsText("The email address you sign in with");
            assertThat(page.locator("#receipt-nothing-held [data-holder=orders]"))
                    .hasText(text("rights.holder.orders"));
            Assertions.assertThat(mailedText(email, "receipt"))
                    .as("the mailed receipt names the parts of the shop in words")
                    .contains(text("rights.holder.customers"));
            assertAccessible(page);
            Browser.screenshot(page, "privacy-19-erasure-receipt");
            page.setViewportSize(PHONE_WIDTH, 844);
            assertFitsTheScreen(page);
            Browser.screenshot(page, "privacy-20-erasure-receipt-phone");
            page.setViewportSize(1280, 900);

            signIn(page, email, TestPeople.PASSWORD);
            assertThat(page.getByText(text("customers.login.error"))).isVisible();
            assertThat(page).hasURL(Pattern.compile("/login"));
            Browser.screenshot(page, "privacy-21-signin-refused");
            Assertions.assertThat(problems)
                    .as("errors in the browser")
                    .allMatch(problem -> problem.startsWith("400 ") || problem.contains("Failed to load resource"));
        }
    }

    @Test
    void aGuestGetsACopyThroughTheEmailedLinkWhichWorksOnce() throws IOException {
        var email = TestPeople.email("guest");
        try (var guest = browser.newVisitor()) {
            var page = guest.newPage();
            page.navigate(url("/privacy"));
            rejectCookies(page);
            page.locator("#rights-guest").click();
            assertThat(page).hasURL(url("/privacy/requests"));
            assertAccessible(page);
            page.getByLabel(text("rights.field.email")).fill(email);
            page.getByLabel(text("rights.type.long.ACCESS")).check();
            Browser.screenshot(page, "privacy-30-guest-form");
            button(page, "rights.guest.submit").click();
            assertThat(heading(page)).hasText(text("rights.guest.sent.heading"));
            assertAccessible(page);
            Browser.screenshot(page, "privacy-31-guest-sent");

            var link = url(mailedLink(email, VERIFY_LINK));
            page.navigate(link);
            assertThat(heading(page)).hasText(text("rights.verify.heading"));
            assertAccessible(page);
            Browser.screenshot(page, "privacy-32-guest-verify");
            button(page, "rights.verify.submit.ACCESS").click();
            var archive = page.getByRole(AriaRole.LINK, name(text("rights.request.download")));
            assertThat(archive).isVisible();
            assertAccessible(page);
            Browser.screenshot(page, "privacy-33-guest-done");
            Assertions.assertThat(dataJson(download(page, archive))).contains(email.toLowerCase(Locale.ROOT));

            var again = page.navigate(link);
            Assertions.assertThat(again.status()).isEqualTo(410);
            assertThat(heading(page)).hasText(text("rights.gone.heading"));
            assertThat(page.locator("main")).containsText(text("rights.gone.text"));
            assertAccessible(page);
            Browser.screenshot(page, "privacy-34-guest-link-used");
            page.setViewportSize(PHONE_WIDTH, 844);
            assertFitsTheScreen(page);
            Browser.screenshot(page, "privacy-35-guest-link-used-phone");
        }
    }

    @Test
    void aPrivacyOfficerLogsAnEmailedRequestAndStaffPreviewACampaign() {
        var officer = TestPeople.email("officer");
        accounts.register("Otto Officer", officer, null, TestPeople.PASSWORD);
        jdbc.sql("UPDATE accounts SET roles = ARRAY['PRIVACY_OFFICER'] WHERE email = ?")
                .param(officer.toLowerCase(Locale.ROOT))
                .update();
        var requester = TestPeople.email("emailed");
        try (var office = browser.newVisitor()) {
            var page = office.newPage();
            var problems = problemsOf(page);
            signIn(page, officer, TestPeople.PASSWORD);
            page.navigate(url("/staff/privacy/requests"));
            assertThat(heading(page)).hasText(text("rights.staff.heading"));
            assertAccessible(page);
            Browser.screenshot(page, "privacy-40-staff-requests");

            page.getByLabel(text("rights.field.email")).fill(requester);
            page.getByLabel(text("rights.staff.field.type")).selectOption(text("rights.type.ERASURE"));
            page.getByLabel(text("rights.field.details"))
                    .fill("Asked by email on Monday to erase everything about them.");
            button(page, "rights.staff.log.submit").click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("rights.staff.logged"));
            assertThat(page.locator("#request-email")).hasText(requester.toLowerCase(Locale.ROOT));
            assertThat(page.locator("#request-state")).hasText(text("rights.state.IDENTITY_UNVERIFIED"));
            var due = page.locator("#request-due span").first().textContent().strip();
            Assertions.assertThat(due).isNotBlank();
            assertAccessible(page);
            Browser.screenshot(page, "privacy-41-staff-request-logged");

            var id = page.url().substring(page.url().lastIndexOf('/') + 1);
            page.getByRole(AriaRole.LINK, name(text("rights.staff.back"))).click();
            var row = page.locator("#request-" + id);
            assertThat(row).containsText(text("rights.channel.STAFF"));
            assertThat(row).containsText(due);
            page.setViewportSize(PHONE_WIDTH, 844);
            assertFitsTheScreen(page);
            Browser.screenshot(page, "privacy-42-staff-requests-phone");
            Assertions.assertThat(problems).as("errors in the browser").isEmpty();
        }

        var subject = "Winter workshop days " + UUID.randomUUID().toString().substring(0, 8);
        try (var staffContext = browser.newVisitor()) {
            var page = staffContext.newPage();
            var problems = problemsOf(page);
            signIn(page, STAFF_EMAIL, STAFF_PASSWORD);
            page.navigate(url("/staff/marketing"));
            assertThat(heading(page)).hasText(text("marketing.staff.heading"));
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, name(text("marketing.staff.new"))).click();
            page.getByLabel(text("marketing.staff.field.subject")).fill(subject);
            page.getByLabel(text("marketing.staff.field.body"))
                    .fill("Come and see how frames are made.\nEvery Saturday in December.\n\nBring a friend.");
            assertAccessible(page);
            Browser.screenshot(page, "privacy-43-campaign-compose");
            button(page, "marketing.staff.new.submit").click();
            assertThat(page).hasURL(Pattern.compile("/staff/marketing/campaigns/[0-9a-f-]{36}$"));
            assertThat(page.locator("main")).containsText(subject);
            assertThat(page.locator("main")).containsText("Every Saturday in December.");
            assertThat(button(page, "marketing.staff.campaign.send")).isVisible();
            assertThat(page.locator("#send-hint")).not().isEmpty();
            assertAccessible(page);
            Browser.screenshot(page, "privacy-44-campaign-preview");
            Assertions.assertThat(problems).as("errors in the browser").isEmpty();
        }
    }

    // --- helpers -------------------------------------------------------------------------------------

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    Locator button(Page page, String key) {
        return page.getByRole(AriaRole.BUTTON, name(text(key)));
    }

    static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    Locator footerLink(Page page, String key) {
        return page.locator("footer")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(text(key)).setExact(true));
    }

    void rejectCookies(Page page) {
        var reject = page.locator("#cookie-banner")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject all"));
        if (reject.count() > 0) {
            reject.click();
            assertThat(page.locator("#cookie-banner")).hasCount(0);
        }
    }

    void signIn(Page page, String email, String password) {
        page.navigate(url("/login"));
        rejectCookies(page);
        page.getByLabel(text("customers.field.email")).fill(email);
        page.getByLabel(text("customers.field.password")).fill(password);
        button(page, "customers.login.submit").click();
    }

    /** Presses Tab until the element has the keyboard focus, as someone without a mouse does. */
    static void tabTo(Page page, Locator target) {
        var handle = target.elementHandle();
        for (int presses = 0; presses < 150; presses++) {
            if (Boolean.TRUE.equals(page.evaluate("el => document.activeElement === el", handle))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + target);
    }

    /** The link from the newest email to the address that matches the pattern, once it is in the outbox. */
    String mailedLink(String email, Pattern link) {
        return await("email to " + email)
                .atMost(MAIL_DEADLINE)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> jdbc
                                .sql("SELECT text_body FROM outbox_messages WHERE lower(recipient) = lower(?)"
                                        + " ORDER BY created_at DESC")
                                .param(email)
                                .query(String.class)
                                .list()
                                .stream()
                                .map(link::matcher)
                                .filter(java.util.regex.Matcher::find)
                                .map(java.util.regex.Matcher::group)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** The text of the newest email to the address whose subject contains the word, once it is in the outbox. */
    String mailedText(String email, String subjectWord) {
        return await("email about " + subjectWord + " to " + email)
                .atMost(MAIL_DEADLINE)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> jdbc
                                .sql("SELECT text_body FROM outbox_messages WHERE lower(recipient) = lower(?)"
                                        + " AND subject LIKE ? ORDER BY created_at DESC")
                                .param(email)
                                .param("%" + subjectWord + "%")
                                .query(String.class)
                                .list()
                                .stream()
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    static byte[] download(Page page, Locator link) throws IOException {
        Download download = page.waitForDownload(link::click);
        Assertions.assertThat(download.failure()).as("download failure").isNull();
        var bytes = Files.readAllBytes(download.path());
        Assertions.assertThat(download.suggestedFilename()).endsWith(".zip");
        Assertions.assertThat(bytes).as("a ZIP archive").startsWith('P', 'K', 3, 4);
        return bytes;
    }

    static String dataJson(byte[] zip) throws IOException {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("data.json")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no data.json in the archive");
    }

    /**
     * Nothing sticks out to the side: on a phone the page scrolls only downwards, and no table
     * outside a deliberately scrolling {@code .table-responsive} has cells beyond the screen's edge.
     */
    static void assertFitsTheScreen(Page page) {
        Assertions.assertThat(page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"))
                .as("horizontal overflow on " + page.url())
                .isEqualTo(0);
        Assertions.assertThat(page.evaluate("() => [...document.querySelectorAll('main th, main td')]"
                        + ".filter(cell => !cell.closest('.table-responsive'))"
                        + ".filter(cell => cell.getBoundingClientRect().right > window.innerWidth + 1).length"))
                .as("table cells beyond the right edge on " + page.url())
                .isEqualTo(0);
    }

    /**
     * The basics of accessibility: the page says its language, has exactly one h1, every image has
     * alt text, and every form control a name a screen reader can read.
     */
    static void assertAccessible(Page page) {
        @SuppressWarnings("unchecked")
        var problems = (List<String>) page.evaluate("""
                () => {
                  const problems = [];
                  if (!document.documentElement.lang) problems.push('no lang attribute on <html>');
                  const h1 = document.querySelectorAll('h1').length;
                  if (h1 !== 1) problems.push(h1 + ' h1 elements');
                  document.querySelectorAll('img:not([alt])').forEach(img => problems.push('no alt: ' + img.src));
                  document.querySelectorAll('input, select, textarea').forEach(el => {
                    if (['hidden', 'submit', 'button', 'reset', 'image'].includes(el.type)) return;
                    const named = (el.labels && [...el.labels].some(l => l.textContent.trim()))
                      || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.title;
                    if (!named) problems.push('no label: ' + el.outerHTML);
                  });
                  document.querySelectorAll('button, a[href]').forEach(el => {
                    if (!(el.textContent.trim() || el.getAttribute('aria-label') || el.title
                        || el.querySelector('img[alt]:not([alt=""])'))) problems.push('no name: ' + el.outerHTML);
                  });
                  const ids = {};
                  document.querySelectorAll('[id]').forEach(el => ids[el.id] = (ids[el.id] || 0) + 1);
                  Object.entries(ids).filter(([, n]) => n > 1).forEach(([id]) => problems.push('duplicate id: ' + id));
                  document.querySelectorAll('[aria-describedby]').forEach(el =>
                    el.getAttribute('aria-describedby').split(/\\s+/).filter(id => !document.getElementById(id))
                      .forEach(id => problems.push('aria-describedby points nowhere: ' + id)));
                  return problems;
                }
                """);
        Assertions.assertThat(new ArrayList<>(problems))
                .as("accessibility of " + page.url())
                .isEmpty();
    }

    /** Console errors, failed requests and uncaught exceptions. */
    static List<String> problemsOf(Page page) {
        var problems = new ArrayList<String>();
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
}
