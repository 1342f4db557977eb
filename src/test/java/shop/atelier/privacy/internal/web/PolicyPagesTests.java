package shop.atelier.privacy.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import shop.atelier.platform.ShopProperties;
import shop.atelier.privacy.internal.PrivacyTest;
import shop.atelier.privacy.internal.cookies.CookieList;
import shop.atelier.privacy.internal.policy.PolicyLibrary;
import shop.atelier.privacy.spi.PersonalDataHolder;

/**
 * The public privacy policy is generated from what the code holds (promises R1, V1, X1, G1-G5) and
 * the cookie policy from the code's own cookie list (K3); privacy officers draft, preview and
 * publish versions, and bad input is refused with a clear 4xx without storing anything.
 */
@PrivacyTest
class PolicyPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    CookieList cookies;

    @Autowired
    PolicyLibrary library;

    @Autowired
    ShopProperties shop;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor officer() {
        return user("officer@atelier.example").roles("PRIVACY_OFFICER");
    }

    static String label() {
        return "p-" + UUID.randomUUID().toString().substring(0, 12);
    }

    long versionsLabelled(String label) {
        return jdbc.sql("select count(*) from privacy_policy_versions where label = :label")
                .param("label", label)
                .query(Long.class)
                .single();
    }

    @Test
    void thePolicyShowsEveryCategoryOfEveryHolderWithItsRules() throws Exception {
        var html = mvc.perform(get("/privacy"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        var rows = page.select("#data-map-table tbody tr");
        var shown = rows.eachAttr("data-category");
        var declared = 0;
        for (var holder : holders) {
            for (var category : holder.inventory().categories()) {
                declared++;
                assertThat(shown).as("category " + category.id()).contains(category.id());
                var row = rows.stream()
                        .filter(r -> r.attr("data-category").equals(category.id())
                                && r.text().contains(category.description()))
                        .findFirst();
                assertThat(row).as("row of " + category.id()).isPresent();
                assertThat(row.get().text()).contains(category.purpose(), category.retention());
                category.recipients().forEach(r -> assertThat(row.get().text()).contains(r));
            }
        }
        assertThat(rows).hasSize(declared);
        assertThat(declared).isGreaterThan(20);
    }

    @Test
    void thePolicyNamesItsVersionContactRightsAndHistory() throws Exception {
        var inForce = library.inForce().orElseThrow();
        var page = Jsoup.parse(mvc.perform(get("/privacy"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#policy-last-updated").text()).contains("Last updated", inForce.label());
        assertThat(page.select("#privacy-contact").text()).isEqualTo(shop.privacyContact());
        assertThat(page.select("#policy-prose").text()).doesNotContain("{shop}", "{privacy-contact}");
        assertThat(page.select("#rights-account").attr("href")).isEqualTo("/account/privacy");
        assertThat(page.select("#rights-guest").attr("href")).isEqualTo("/privacy/requests");
        assertThat(page.select("#policy-versions").text()).contains("2026-11-27", "First published version.");
        assertThat(page.select("footer a[href=/privacy]")).isNotEmpty();
        assertThat(page.select("footer a[href=/privacy/cookies]")).isNotEmpty();

        var first = Jsoup.parse(mvc.perform(get("/privacy/versions/2026-11-27"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(first.select("#policy-prose").text())
                .contains("Information We Collect", shop.privacyContact(), shop.name());
    }

    @Test
    void anUnknownVersionIsNotFound() throws Exception {
        mvc.perform(get("/privacy/versions/" + label())).andExpect(status().isNotFound());
        mvc.perform(get("/staff/privacy/policy/" + UUID.randomUUID()).with(officer()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/staff/privacy/policy/" + UUID.randomUUID() + "/publish")
                        .with(officer())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/privacy/policy/not-an-id").with(officer())).andExpect(status().isBadRequest());
    }

    @Test
    void theCookiePolicyListsEveryCookieTheCodeDeclares() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/privacy/cookies"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var listed = page.select("tr[data-cookie]").eachAttr("data-cookie");
        assertThat(listed)
                .containsExactlyInAnyOrderElementsOf(
                        cookies.all().stream().map(c -> c.name()).toList());
        assertThat(listed).contains("ATELIER_SESSION", "XSRF-TOKEN", "ATELIER_CONSENT");
        assertThat(page.select("tr[data-cookie=ATELIER_CONSENT]").text()).contains("182 days");
        assertThat(page.select("tr[data-cookie=ATELIER_SESSION]").text()).contains("Until you close your browser");

        mvc.perform(get("/cookies?listed"))
                .andExpect(content().string(containsString("ATELIER_CONSENT")))
                .andExpect(content().string(containsString("XSRF-TOKEN")));
    }

    @Test
    void anOfficerDraftsPreviewsAndPublishesAVersion() throws Exception {
        var label = label();
        var newDraft = Jsoup.parse(mvc.perform(get("/staff/privacy/policy/new").with(officer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(newDraft.select("textarea#body").getFirst().wholeText().strip())
                .as("a new draft starts from the version in force")
                .isEqualTo(library.inForce().orElseThrow().body().strip());

        mvc.perform(post("/staff/privacy/policy/new")
                        .param("label", label)
                        .param("summary", "Craftsmen in Lisbon join our workshops.")
                        .param("material", "true")
                        .param("body", "## Who makes your items\nCraftsmen in Lisbon, for {shop}.")
                        .with(officer())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var draft = library.all().stream()
                .filter(v -> v.label().equals(label))
                .findFirst()
                .orElseThrow();
        assertThat(draft.published()).isFalse();

        mvc.perform(get("/privacy")).andExpect(content().string(not(containsString("Craftsmen in Lisbon"))));
        mvc.perform(get("/staff/privacy/policy/" + draft.id() + "/preview").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"policy-preview\"")))
                .andExpect(content().string(containsString("Craftsmen in Lisbon, for " + shop.name() + ".")));

        mvc.perform(post("/staff/privacy/policy/" + draft.id() + "/publish")
                        .with(officer())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/privacy"))
                .andExpect(content().string(containsString("Craftsmen in Lisbon, for " + shop.name() + ".")))
                .andExpect(content().string(containsString("Craftsmen in Lisbon join our workshops.")));
        mvc.perform(get("/staff/privacy/policy").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(label)));

        mvc.perform(post("/staff/privacy/policy/" + draft.id() + "/publish")
                        .with(officer())
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/staff/privacy/policy/" + draft.id())
                        .param("label", label)
                        .param("summary", "Rewritten after publication.")
                        .param("body", "Other.")
                        .with(officer())
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(library.get(draft.id()).summary()).isEqualTo("Craftsmen in Lisbon join our workshops.");
    }

    @Test
    void anEmptySummaryABadLabelOrATakenLabelIsRefusedAndNothingStored() throws Exception {
        var label = label();
        mvc.perform(post("/staff/privacy/policy/new")
                        .param("label", label)
                        .param("summary", "  ")
                        .param("body", "Text.")
                        .with(officer())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("privacy/staff-policy-form"))
                .andExpect(model().attributeHasFieldErrors("form", "summary"))
                .andExpect(content().string(containsString("aria-describedby=\"summary-hint summary-error\"")));
        mvc.perform(post("/staff/privacy/policy/new")
                        .param("label", "../etc")
                        .param("summary", "Summary.")
                        .param("body", "")
                        .with(officer())
                        .with(csrf()))
                .andExpect(model().attributeHasFieldErrors("form", "label", "body"));
        mvc.perform(post("/staff/privacy/policy/new")
                        .param("label", "2026-11-27")
                        .param("summary", "Summary.")
                        .param("body", "Text.")
                        .with(officer())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "label"));
        assertThat(versionsLabelled(label)).isZero();
        assertThat(versionsLabelled("../etc")).isZero();
        assertThat(versionsLabelled("2026-11-27")).isOne();
    }

    @Test
    void plainStaffCannotReachPolicyVersions() throws Exception {
        mvc.perform(get("/staff/privacy/policy")
                        .with(user("staff@atelier.example").roles("STAFF")))
                .andExpect(status().isForbidden());
    }
}
