package shop.atelier.privacy.internal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import shop.atelier.privacy.internal.PrivacyTest;

/**
 * The notice of a material change (promise V1): a signed-in person sees it on their next visit, on
 * every page, until they dismiss it; then never again for that version, but again for the next
 * material change. Visitors who are not signed in never see it; a stale or unknown version cannot
 * be dismissed. What is stored names no one in clear.
 */
@PrivacyTest
class PolicyNoticesTests {

    private static final String NOTICE = "id=\"policy-notice\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    PolicyLibrary library;

    @Autowired
    PolicyNotices notices;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor someone(String email) {
        return user(email).roles("CUSTOMER");
    }

    PolicyVersion publishMaterial(String summary) {
        var label = "n-" + UUID.randomUUID().toString().substring(0, 12);
        return library.publish(
                library.draft(label, summary, true, "## Changed\nText.").id());
    }

    @Test
    void aSignedInPersonSeesTheNoticeUntilTheyDismissItThenNotAgain() throws Exception {
        var email = "notice-" + UUID.randomUUID() + "@example.com";
        var version = publishMaterial("We now share parcel labels with a second carrier.");

        mvc.perform(get("/?visit").with(someone(email)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(NOTICE)))
                .andExpect(content().string(containsString("We now share parcel labels with a second carrier.")));
        mvc.perform(get("/privacy").with(someone(email))).andExpect(content().string(containsString(NOTICE)));

        mvc.perform(post("/account/privacy/policy-notice")
                        .param("version", version.label())
                        .header("Referer", "http://localhost/cart")
                        .with(someone(email))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cart"));

        mvc.perform(get("/?visit").with(someone(email)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(NOTICE))));
        assertThat(notices.pendingFor(email)).isEmpty();
        assertThat(jdbc.sql("select count(*) from privacy_policy_acknowledgments where version = :v")
                        .param("v", version.label())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from privacy_policy_acknowledgments"
                                + " where encode(principal_hash, 'escape') like :email")
                        .param("email", "%" + email + "%")
                        .query(Long.class)
                        .single())
                .as("the sign-in name is stored only as a one-way hash")
                .isZero();

        var next = publishMaterial("We keep photos for 30 days less.");
        assertThat(notices.pendingFor(email)).map(PolicyVersion::label).contains(next.label());
        assertThat(notices.forget(email)).isOne();
    }

    @Test
    void visitorsWhoAreNotSignedInNeverSeeTheNotice() throws Exception {
        publishMaterial("Material for everybody.");
        mvc.perform(get("/?anonymous"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(NOTICE))));
    }

    @Test
    void onlyTheNoticeShowingNowCanBeDismissed() throws Exception {
        var email = "stale-" + UUID.randomUUID() + "@example.com";
        var older = publishMaterial("Older change.");
        publishMaterial("Newer change.");

        mvc.perform(post("/account/privacy/policy-notice")
                        .param("version", older.label())
                        .with(someone(email))
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/account/privacy/policy-notice")
                        .param("version", "no-such-version")
                        .with(someone(email))
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/account/privacy/policy-notice").with(someone(email)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(notices.pendingFor(email)).isPresent();
    }

    @Test
    void dismissingNeedsASignedInPerson() throws Exception {
        var version = publishMaterial("Anonymous cannot dismiss.");
        mvc.perform(post("/account/privacy/policy-notice")
                        .param("version", version.label())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
