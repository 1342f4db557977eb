package shop.atelier.privacy.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import shop.atelier.privacy.CookieCategory;
import shop.atelier.privacy.CookieConsent;
import shop.atelier.privacy.PolicyVersions;
import shop.atelier.privacy.internal.PrivacyTest;
import shop.atelier.privacy.internal.cookies.ConsentCookie;
import shop.atelier.privacy.internal.cookies.ConsentMethod;
import shop.atelier.privacy.internal.cookies.ConsentRegister;

/**
 * The cookie banner and settings (promises K1, K2): three equal answers, proof stored server-side,
 * Global Privacy Control honoured and winning over "Accept all", the banner back when the cookie
 * list changes, and bad input refused without storing anything. Pages are asked for with a query
 * string so the anonymous page cache stays out of the way.
 */
@PrivacyTest
class CookieConsentControllerTests {

    private static final String BANNER = "id=\"cookie-banner\"";
    private static final Pattern CHOICE_BUTTON = Pattern.compile("<button[^>]*name=\"choice\"[^>]*>");

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsentRegister register;

    @Autowired
    PolicyVersions policy;

    @Autowired
    JdbcClient jdbc;

    static Cookie consentCookie(UUID id) {
        return new Cookie(ConsentCookie.NAME, id.toString());
    }

    static UUID consentIdOf(ResultActions result) {
        var cookie = result.andReturn().getResponse().getCookie(ConsentCookie.NAME);
        assertThat(cookie).as("the consent cookie").isNotNull();
        return UUID.fromString(cookie.getValue());
    }

    @Test
    void aNewVisitorSeesTheBannerWithThreeEqualButtonsAndGetsNoCookieForIt() throws Exception {
        var result = mvc.perform(get("/?fresh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(BANNER)))
                .andExpect(content().string(containsString("Accept all")))
                .andExpect(content().string(containsString("Reject all")))
                .andExpect(content().string(containsString("Choose")))
                .andReturn();
        assertThat(result.getResponse().getCookie(ConsentCookie.NAME)).isNull();
        var html = result.getResponse().getContentAsString();
        var buttons = CHOICE_BUTTON
                .matcher(html)
                .results()
                .map(m -> m.group().replaceAll("value=\"[^\"]*\"", ""))
                .toList();
        assertThat(buttons).hasSize(3);
        assertThat(Set.copyOf(buttons)).as("same style and size").hasSize(1);
        var consent = (CookieConsent) result.getRequest().getAttribute(CookieConsent.ATTRIBUTE);
        assertThat(consent.bannerNeeded()).isTrue();
        assertThat(consent.allows(CookieCategory.NECESSARY)).isTrue();
        assertThat(consent.allows("analytics")).isFalse();
    }

    @Test
    void acceptAllStoresEveryCategoryWithThePolicyVersionAndTheBannerGoes() throws Exception {
        var result = mvc.perform(post("/cookies/consent")
                        .param("choice", "accept-all")
                        .header("Referer", "http://localhost/products/oak-frame")
                        .with(csrf()))
                .andExpect(redirectedUrl("/products/oak-frame"))
                .andExpect(header().string("Set-Cookie", containsString("HttpOnly")))
                .andExpect(header().string("Set-Cookie", containsString("SameSite=Lax")))
                .andExpect(header().string("Set-Cookie", containsString("Max-Age=15724800")));
        var id = consentIdOf(result);

        var proof = register.latest(id).orElseThrow();
        assertThat(proof.allowed())
                .containsExactlyInAnyOrder(
                        CookieCategory.PREFERENCES, CookieCategory.ANALYTICS, CookieCategory.PERSONALIZATION);
        assertThat(proof.method()).isEqualTo(ConsentMethod.BANNER_ACCEPT_ALL);
        assertThat(proof.policyVersion()).isEqualTo(policy.current());
        assertThat(proof.cookieListVersion()).isEqualTo(register.cookieListVersion());
        assertThat(proof.gpc()).isFalse();

        mvc.perform(get("/?after").cookie(consentCookie(id)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(BANNER))))
                .andExpect(request()
                        .attribute(
                                CookieConsent.ATTRIBUTE,
                                new CookieConsent(
                                        true,
                                        Set.of(
                                                CookieCategory.PREFERENCES,
                                                CookieCategory.ANALYTICS,
                                                CookieCategory.PERSONALIZATION),
                                        false)));
    }

    @Test
    void rejectAllStoresNothingAllowedAndTheBannerGoes() throws Exception {
        var id = consentIdOf(mvc.perform(post("/cookies/consent")
                        .param("choice", "reject-all")
                        .header("Referer", "http://localhost/")
                        .with(csrf()))
                .andExpect(redirectedUrl("/")));

        var proof = register.latest(id).orElseThrow();
        assertThat(proof.allowed()).isEmpty();
        assertThat(proof.method()).isEqualTo(ConsentMethod.BANNER_REJECT_ALL);
        assertThat(proof.policyVersion()).isEqualTo(policy.current());

        var page = mvc.perform(get("/?after").cookie(consentCookie(id)))
                .andExpect(content().string(not(containsString(BANNER))))
                .andReturn();
        var consent = (CookieConsent) page.getRequest().getAttribute(CookieConsent.ATTRIBUTE);
        assertThat(consent.bannerNeeded()).isFalse();
        assertThat(consent.allows("preferences")).isFalse();
        assertThat(consent.allows("analytics")).isFalse();
        assertThat(consent.allows("personalization")).isFalse();
    }

    @Test
    void chooseLeadsToUntickedCategoriesAndSavesOnlyWhatWasTicked() throws Exception {
        mvc.perform(post("/cookies/consent").param("choice", "choose").with(csrf()))
                .andExpect(redirectedUrl("/cookies"));
        mvc.perform(get("/cookies"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<label class=\"form-check-label fw-semibold\" for=\"cookie-analytics\">Analytics</label>")))
                .andExpect(content().string(containsString("for=\"cookie-preferences\"")))
                .andExpect(content().string(containsString("for=\"cookie-personalization\"")))
                .andExpect(content().string(not(containsString("checked=\"checked\""))))
                .andExpect(content().string(not(containsString(BANNER))));

        var id = consentIdOf(mvc.perform(post("/cookies/consent")
                        .param("choice", "save")
                        .param("category", "preferences")
                        .with(csrf()))
                .andExpect(redirectedUrl("/cookies?saved")));

        var proof = register.latest(id).orElseThrow();
        assertThat(proof.allowed()).containsExactly(CookieCategory.PREFERENCES);
        assertThat(proof.method()).isEqualTo(ConsentMethod.SETTINGS);

        mvc.perform(get("/cookies").param("saved", "").cookie(consentCookie(id)))
                .andExpect(content().string(containsString("Your choice is saved.")))
                .andExpect(content()
                        .string(containsString("aria-describedby=\"cookie-preferences-help\" checked=\"checked\"")));
    }

    @Test
    void aSecondChoiceIsAppendedAndTheLatestCounts() throws Exception {
        var id = consentIdOf(mvc.perform(
                post("/cookies/consent").param("choice", "accept-all").with(csrf())));
        mvc.perform(post("/cookies/consent")
                        .param("choice", "reject-all")
                        .cookie(consentCookie(id))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(register.latest(id).orElseThrow().method()).isEqualTo(ConsentMethod.BANNER_REJECT_ALL);
        assertThat(jdbc.sql("select count(*) from privacy_cookie_consents where consent_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);
    }

    @Test
    void globalPrivacyControlIsRecordedAsARefusalWithoutShowingTheBanner() throws Exception {
        var result = mvc.perform(get("/?gpc").header("Sec-GPC", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(BANNER))));
        var id = consentIdOf(result);

        var proof = register.latest(id).orElseThrow();
        assertThat(proof.method()).isEqualTo(ConsentMethod.GPC);
        assertThat(proof.gpc()).isTrue();
        assertThat(proof.allowed()).isEmpty();
        assertThat(proof.policyVersion()).isEqualTo(policy.current());

        mvc.perform(get("/?again").header("Sec-GPC", "1").cookie(consentCookie(id)))
                .andExpect(content().string(not(containsString(BANNER))));
        assertThat(register.latest(id).orElseThrow().method())
                .as("no second automatic record")
                .isEqualTo(ConsentMethod.GPC);
    }

    @Test
    void acceptAllUnderGlobalPrivacyControlKeepsAnalyticsAndPersonalizationOffAndSaysSo() throws Exception {
        var id = consentIdOf(mvc.perform(post("/cookies/consent")
                        .param("choice", "accept-all")
                        .header("Referer", "http://localhost/")
                        .header("Sec-GPC", "1")
                        .with(csrf()))
                .andExpect(redirectedUrl("/cookies?saved")));

        var proof = register.latest(id).orElseThrow();
        assertThat(proof.method()).isEqualTo(ConsentMethod.BANNER_ACCEPT_ALL);
        assertThat(proof.gpc()).isTrue();
        assertThat(proof.allowed()).containsExactly(CookieCategory.PREFERENCES);

        var page = mvc.perform(get("/cookies")
                        .param("saved", "")
                        .header("Sec-GPC", "1")
                        .cookie(consentCookie(id)))
                .andExpect(content().string(containsString("Global Privacy Control")))
                .andExpect(content().string(containsString("analytics and personalization stay off")))
                .andReturn();
        var consent = (CookieConsent) page.getRequest().getAttribute(CookieConsent.ATTRIBUTE);
        assertThat(consent.allows(CookieCategory.ANALYTICS)).isFalse();
        assertThat(consent.allows(CookieCategory.PERSONALIZATION)).isFalse();
        assertThat(consent.allows(CookieCategory.PREFERENCES)).isTrue();
    }

    @Test
    void theBannerAsksAgainWhenTheCookieListChanged() throws Exception {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into privacy_cookie_consents (consent_id, preferences, analytics, personalization,
                            method, gpc, policy_version, cookie_list_version, recorded_at)
                        values (:id, true, true, true, 'BANNER_ACCEPT_ALL', false, 'old', :list, now())""")
                .param("id", id)
                .param("list", "before-" + register.cookieListVersion())
                .update();

        var page = mvc.perform(get("/?stale").cookie(consentCookie(id)))
                .andExpect(content().string(containsString(BANNER)))
                .andReturn();
        var consent = (CookieConsent) page.getRequest().getAttribute(CookieConsent.ATTRIBUTE);
        assertThat(consent.allows(CookieCategory.ANALYTICS))
                .as("an old list's yes no longer counts")
                .isFalse();

        mvc.perform(post("/cookies/consent")
                .param("choice", "reject-all")
                .cookie(consentCookie(id))
                .with(csrf()));
        mvc.perform(get("/?fresh-choice").cookie(consentCookie(id)))
                .andExpect(content().string(not(containsString(BANNER))));
    }

    @Test
    void aVisitorWhoChoseNeitherGetsNorLeavesACachedStorefrontPage() throws Exception {
        var id = consentIdOf(mvc.perform(
                post("/cookies/consent").param("choice", "reject-all").with(csrf())));

        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/").cookie(consentCookie(id)))
                    .andExpect(status().isOk())
                    .andExpect(header().doesNotExist("X-Atelier-Page-Cache"))
                    .andExpect(content().string(not(containsString(BANNER))));
        }
        mvc.perform(get("/")).andExpect(content().string(containsString(BANNER)));
        mvc.perform(get("/")).andExpect(content().string(containsString(BANNER)));
    }

    @Test
    void anUnknownCategoryOrChoiceIsRefusedAndStoresNothing() throws Exception {
        var id = UUID.randomUUID();
        mvc.perform(post("/cookies/consent")
                        .param("choice", "save")
                        .param("category", "tracking")
                        .cookie(consentCookie(id))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/cookies/consent")
                        .param("choice", "save")
                        .param("category", "necessary")
                        .cookie(consentCookie(id))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/cookies/consent")
                        .param("choice", "accept-some")
                        .cookie(consentCookie(id))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(register.latest(id)).isEmpty();
    }

    @Test
    void aChoiceWithoutCsrfTokenIsForbiddenAndStoresNothing() throws Exception {
        var id = UUID.randomUUID();
        mvc.perform(post("/cookies/consent").param("choice", "accept-all").cookie(consentCookie(id)))
                .andExpect(status().isForbidden());
        assertThat(register.latest(id)).isEmpty();
    }

    @Test
    void theBannerReturnsToThePageItWasOnButNeverToAnotherSite() throws Exception {
        mvc.perform(post("/cookies/consent")
                        .param("choice", "reject-all")
                        .header("Referer", "http://evil.example/products/oak-frame")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/cookies/consent").param("choice", "reject-all").with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/cookies/consent")
                        .param("choice", "reject-all")
                        .header("Referer", "http://localhost/products?page=2")
                        .with(csrf()))
                .andExpect(redirectedUrl("/products?page=2"));
    }

    @Test
    void theBannerOnlyEverReturnsToThisShop() {
        assertThat(CookieConsentController.local("/products/a")).isEqualTo("/products/a");
        assertThat(CookieConsentController.local("//evil.example/")).isEqualTo("/");
        assertThat(CookieConsentController.local("https://evil.example/")).isEqualTo("/");
        assertThat(CookieConsentController.local("/\\evil.example")).isEqualTo("/");
        assertThat(CookieConsentController.local(null)).isEqualTo("/");
    }
}
