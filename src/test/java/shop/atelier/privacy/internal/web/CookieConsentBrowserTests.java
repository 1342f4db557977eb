package shop.atelier.privacy.internal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import shop.atelier.Browser;
import shop.atelier.privacy.CookieCategory;
import shop.atelier.privacy.PolicyVersions;
import shop.atelier.privacy.internal.cookies.ConsentCookie;
import shop.atelier.privacy.internal.cookies.ConsentMethod;
import shop.atelier.privacy.internal.cookies.ConsentRecord;
import shop.atelier.privacy.internal.cookies.ConsentRegister;

/**
 * Cookie consent in headless Chromium (promises K1, K2): before any choice and after "Reject all"
 * the browser holds only necessary cookies and no storage at all; "Accept all" is stored with every
 * category and the policy version; a browser sending {@code Sec-GPC: 1} gets analytics and
 * personalization refused, recorded as GPC. Screenshots of the banner and the settings page go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CookieConsentBrowserTests {

    private static final Set<String> NECESSARY = Set.of("ATELIER_SESSION", "XSRF-TOKEN", ConsentCookie.NAME);

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ConsentRegister register;

    @Autowired
    PolicyVersions policy;

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

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static Set<String> cookieNames(BrowserContext context) {
        return context.cookies().stream().map(c -> c.name).collect(Collectors.toSet());
    }

    static void assertNoStorage(Page page) {
        assertThat(page.evaluate("() => localStorage.length + sessionStorage.length"))
                .as("localStorage and sessionStorage entries")
                .isEqualTo(0);
    }

    ConsentRecord recordOf(BrowserContext context) {
        var id = context.cookies().stream()
                .filter(c -> c.name.equals(ConsentCookie.NAME))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no consent cookie"))
                .value;
        return register.latest(UUID.fromString(id)).orElseThrow();
    }

    static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void beforeAnyChoiceAndAfterRejectAllOnlyNecessaryCookiesAndNoStorage() {
        try (var context = browser.newVisitor()) {
            var page = context.newPage();
            page.navigate(url("/"));
            var banner = page.locator("#cookie-banner");
            assertThat(banner).isVisible();
            var accept = button(page, "Accept all").boundingBox();
            var reject = button(page, "Reject all").boundingBox();
            var choose = button(page, "Choose").boundingBox();
            assertThat(reject.height).isEqualTo(accept.height).isEqualTo(choose.height);
            Browser.screenshot(page, "cookies-banner");

            assertThat(cookieNames(context)).isSubsetOf(NECESSARY).doesNotContain(ConsentCookie.NAME);
            assertNoStorage(page);

            button(page, "Reject all").click();
            page.waitForURL(url("/"));
            assertThat(page.locator("#cookie-banner")).hasCount(0);
            assertThat(cookieNames(context)).isSubsetOf(NECESSARY).contains(ConsentCookie.NAME);
            assertNoStorage(page);
            var proof = recordOf(context);
            assertThat(proof.method()).isEqualTo(ConsentMethod.BANNER_REJECT_ALL);
            assertThat(proof.allowed()).isEmpty();

            page.navigate(url("/cookies"));
            assertThat(page.locator("#cookie-banner")).hasCount(0);
            assertNoStorage(page);
        }
    }

    @Test
    void acceptAllRecordsEveryCategoryWithThePolicyVersion() {
        try (var context = browser.newVisitor()) {
            var page = context.newPage();
            page.navigate(url("/"));
            button(page, "Accept all").click();
            page.waitForURL(url("/"));
            assertThat(page.locator("#cookie-banner")).hasCount(0);

            var proof = recordOf(context);
            assertThat(proof.method()).isEqualTo(ConsentMethod.BANNER_ACCEPT_ALL);
            assertThat(proof.allowed())
                    .containsExactlyInAnyOrder(
                            CookieCategory.PREFERENCES, CookieCategory.ANALYTICS, CookieCategory.PERSONALIZATION);
            assertThat(proof.policyVersion()).isEqualTo(policy.current());
            assertThat(cookieNames(context)).isSubsetOf(NECESSARY);
            assertNoStorage(page);
        }
    }

    @Test
    void chooseShowsUntickedCategoriesAndWorksWithoutJavaScript() {
        try (var context = browser.newVisitorWithoutJavaScript()) {
            var page = context.newPage();
            page.navigate(url("/"));
            button(page, "Choose").click();
            page.waitForURL(url("/cookies"));
            for (var label : new String[] {"Preferences", "Analytics", "Personalization"}) {
                assertThat(page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)))
                        .not()
                        .isChecked();
            }
            Browser.screenshot(page, "cookies-settings");

            page.getByLabel("Preferences", new Page.GetByLabelOptions().setExact(true))
                    .check();
            button(page, "Save my choice").click();
            page.waitForURL(url("/cookies?saved"));
            assertThat(page.getByText("Your choice is saved.")).isVisible();

            var proof = recordOf(context);
            assertThat(proof.method()).isEqualTo(ConsentMethod.SETTINGS);
            assertThat(proof.allowed()).containsExactly(CookieCategory.PREFERENCES);
        }
    }

    @Test
    void globalPrivacyControlKeepsAnalyticsAndPersonalizationOffAndIsRecorded() {
        try (var context = browser.newVisitor()) {
            context.setExtraHTTPHeaders(Map.of("Sec-GPC", "1"));
            var page = context.newPage();
            page.navigate(url("/"));
            assertThat(page.locator("#cookie-banner")).hasCount(0);
            var proof = recordOf(context);
            assertThat(proof.method()).isEqualTo(ConsentMethod.GPC);
            assertThat(proof.gpc()).isTrue();
            assertThat(proof.allowed()).isEmpty();
            assertThat(cookieNames(context)).isSubsetOf(NECESSARY);
            assertNoStorage(page);

            page.navigate(url("/cookies"));
            assertThat(page.locator("#gpc-notice")).isVisible();
            for (var label : new String[] {"Preferences", "Analytics", "Personalization"}) {
                page.getByLabel(label, new Page.GetByLabelOptions().setExact(true))
                        .check();
            }
            button(page, "Save my choice").click();
            page.waitForURL(url("/cookies?saved"));
            assertThat(page.locator("#gpc-notice")).isVisible();
            Browser.screenshot(page, "cookies-settings-gpc");

            var after = recordOf(context);
            assertThat(after.gpc()).isTrue();
            assertThat(after.allowed()).containsExactly(CookieCategory.PREFERENCES);
            assertThat(page.getByLabel("Analytics", new Page.GetByLabelOptions().setExact(true)))
                    .not()
                    .isChecked();
        }
    }
}
