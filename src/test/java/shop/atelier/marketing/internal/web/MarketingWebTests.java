package shop.atelier.marketing.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import shop.atelier.customers.TestPeople;
import shop.atelier.customers.internal.AccountManagement;
import shop.atelier.marketing.internal.CampaignService;
import shop.atelier.marketing.internal.CampaignStatus;
import shop.atelier.marketing.internal.Newsletter;
import shop.atelier.marketing.internal.SubscriptionStatus;

/** The pages of promotional mail: the links in emails, the account's opt-in, staff campaigns. */
@SpringBootTest
@AutoConfigureMockMvc
class MarketingWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Newsletter newsletter;

    @Autowired
    CampaignService campaigns;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    long campaignCount() {
        return jdbc.sql("select count(*) from marketing_campaigns")
                .query(Long.class)
                .single();
    }

    @Test
    void aMadeUpOrAlteredUnsubscribeLinkGetsAClearPageAndChangesNothing() throws Exception {
        var madeUp = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[48]);
        for (var token : new String[] {"unknown", madeUp, madeUp.substring(1) + "A", "a.b"}) {
            mvc.perform(get("/unsubscribe/{token}", token))
                    .andExpect(status().isNotFound())
                    .andExpect(view().name("marketing/link-invalid"))
                    .andExpect(content().string(containsString("This unsubscribe link is not one of ours")));
            mvc.perform(post("/unsubscribe/{token}", token)
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content("List-Unsubscribe=One-Click"))
                    .andExpect(status().isNotFound())
                    .andExpect(view().name("marketing/link-invalid"));
        }
    }

    @Test
    void anUnknownConfirmationLinkGetsAClearPage() throws Exception {
        mvc.perform(get("/newsletter/confirm/{token}", "unknown"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This confirmation link is unknown")));
        mvc.perform(post("/newsletter/confirm/{token}", "unknown").with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theConfirmationButtonNeedsTheFormsCsrfToken() throws Exception {
        mvc.perform(post("/newsletter/confirm/{token}", "unknown")).andExpect(status().isForbidden());
    }

    @Test
    void aCustomerOptsInWithTheUntickedBoxAndConfirmsByEmail() throws Exception {
        var email = TestPeople.email("opt-in");
        accounts.register("Olga Optin", email, null, TestPeople.PASSWORD);
        var olga = user(email).roles("CUSTOMER");

        mvc.perform(get("/account/newsletter").with(olga))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You do not receive promotional mail.")))
                .andExpect(content().string(not(containsString("checked"))));

        mvc.perform(post("/account/newsletter").with(olga).with(csrf()).param("_optIn", "on"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("newsletterForm", "optIn"))
                .andExpect(content().string(containsString("aria-describedby=\"optIn-hint optIn-error\"")));
        assertThat(newsletter.of(email)).isEmpty();

        mvc.perform(post("/account/newsletter")
                        .with(olga)
                        .with(csrf())
                        .param("optIn", "true")
                        .param("_optIn", "on"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", endsWith("/account/newsletter")));
        assertThat(newsletter.of(email).orElseThrow().status()).isEqualTo(SubscriptionStatus.PENDING);
        assertThat(jdbc.sql("select subject from outbox_messages where recipient = :to")
                        .param("to", email)
                        .query(String.class)
                        .list())
                .singleElement()
                .satisfies(subject -> assertThat(subject).startsWith("Please confirm your subscription"));

        mvc.perform(post("/account/newsletter/unsubscribe").with(olga).with(csrf()))
                .andExpect(status().isSeeOther());
        assertThat(newsletter.of(email)).isEmpty();
        assertThat(newsletter.suppressed(email)).isTrue();
    }

    @Test
    void staffWriteAPlainTextCampaignAndPreviewItSafely() throws Exception {
        var staff = user("staff-" + UUID.randomUUID() + "@atelier.example").roles("STAFF");
        var subject = "Spring <b>sale</b> " + UUID.randomUUID();

        mvc.perform(get("/staff/marketing/campaigns/new").with(staff)).andExpect(status().isOk());
        var created = mvc.perform(post("/staff/marketing/campaigns")
                        .with(staff)
                        .with(csrf())
                        .param("subject", subject)
                        .param("body", "Hello <script>alert(1)</script>\nsecond line\n\nSecond paragraph."))
                .andExpect(status().isSeeOther())
                .andReturn();
        var location = created.getResponse().getHeader("Location");
        assertThat(location).contains("/staff/marketing/campaigns/");

        mvc.perform(get(location).with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("Send to subscribers")));
        mvc.perform(get("/staff/marketing").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Spring &lt;b&gt;sale&lt;/b&gt;")));

        var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/staff/marketing/campaigns/{id}/send", id).with(staff).with(csrf()))
                .andExpect(status().isSeeOther());
        assertThat(campaigns.campaign(id).status()).isNotEqualTo(CampaignStatus.DRAFT);
        mvc.perform(post("/staff/marketing/campaigns/{id}/send", id).with(staff).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void anEmptyCampaignIsRefusedWithErrorsNextToTheFieldsAndNothingIsStored() throws Exception {
        var staff = user("staff-" + UUID.randomUUID() + "@atelier.example").roles("STAFF");
        var before = campaignCount();

        mvc.perform(post("/staff/marketing/campaigns")
                        .with(staff)
                        .with(csrf())
                        .param("subject", " ")
                        .param("body", ""))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("campaignForm", "subject", "body"))
                .andExpect(content().string(containsString("id=\"subject-error\"")))
                .andExpect(content().string(containsString("id=\"body-error\"")));
        mvc.perform(post("/staff/marketing/campaigns")
                        .with(staff)
                        .with(csrf())
                        .param("subject", "Two\r\nBcc: lines")
                        .param("body", "x".repeat(10_001)))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("campaignForm", "subject", "body"));

        assertThat(campaignCount()).isEqualTo(before);
    }

    @Test
    void onlyStaffReachCampaigns() throws Exception {
        mvc.perform(get("/staff/marketing")).andExpect(status().isFound());
        mvc.perform(get("/staff/marketing").with(user("c@example.com").roles("CUSTOMER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/marketing/campaigns/{id}", UUID.randomUUID())
                        .with(user("s@atelier.example").roles("STAFF")))
                .andExpect(status().isNotFound());
    }
}
