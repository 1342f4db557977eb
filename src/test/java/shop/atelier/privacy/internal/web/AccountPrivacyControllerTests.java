package shop.atelier.privacy.internal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import shop.atelier.privacy.AuditLog;
import shop.atelier.privacy.Disclosure;
import shop.atelier.privacy.Disclosure.RecipientKind;
import shop.atelier.privacy.Disclosures;
import shop.atelier.privacy.internal.PrivacyTest;
import shop.atelier.privacy.spi.LegalBasis;

/**
 * A signed-in customer sees who received their data and who opened it — their own only, in words,
 * without internal references or staff names.
 */
@PrivacyTest
class AccountPrivacyControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Disclosures disclosures;

    @Autowired
    AuditLog audit;

    static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    void disclose(String recipient, String email, String reference) {
        disclosures.record(new Disclosure(
                recipient,
                RecipientKind.CARRIER,
                "deliver order A-1",
                LegalBasis.CONTRACT,
                List.of("contact.name", "address.shipping"),
                null,
                email,
                UUID.randomUUID(),
                Instant.now(),
                reference));
    }

    @Test
    void aCustomerSeesTheirOwnDisclosuresInWordsAndNobodyElses() throws Exception {
        var anna = email("anna");
        var bert = email("bert");
        disclose("Parcel Express for Anna", anna, "PX-ANNA-REF");
        disclose("Courier for Bert", bert, "BERT-REF");

        mvc.perform(get("/account/privacy/disclosures")
                        .with(user(anna.toUpperCase()).roles("CUSTOMER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Parcel Express for Anna")))
                .andExpect(content().string(Matchers.containsString("Your shipping address")))
                .andExpect(content().string(Matchers.containsString("Carrier")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("PX-ANNA-REF"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Courier for Bert"))));
        mvc.perform(get("/account/privacy/disclosures").with(user(bert).roles("CUSTOMER")))
                .andExpect(content().string(Matchers.containsString("Courier for Bert")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Parcel Express for Anna"))));
    }

    @Test
    void aCustomerSeesWhoOpenedTheirDataByRoleAndWorkshopNeverByName() throws Exception {
        var anna = email("anna");
        audit.record("clerk.smith@atelier.example", "STAFF", null, "open-material", "material:1", null, anna, null);
        audit.record(
                "jo.craft@oak.example", "WORKSHOP", "Oak & Thread", "open-material", "material:2", null, anna, null);
        audit.record(
                "clerk.smith@atelier.example", "STAFF", null, "open-material", "material:3", null, email("bert"), null);

        mvc.perform(get("/account/privacy/access").with(user(anna).roles("CUSTOMER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("A member of the shop&#39;s team")))
                .andExpect(content().string(Matchers.containsString("The workshop Oak &amp; Thread")))
                .andExpect(content().string(Matchers.containsString("Opened one of your files")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("clerk.smith"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("jo.craft"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("material:"))));
    }

    @Test
    void thePagesNeedSignIn() throws Exception {
        mvc.perform(get("/account/privacy/disclosures")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/account/privacy/access")).andExpect(status().is3xxRedirection());
    }
}
