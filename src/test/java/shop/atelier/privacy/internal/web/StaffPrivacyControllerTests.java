package shop.atelier.privacy.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import shop.atelier.privacy.AuditLog;
import shop.atelier.privacy.Disclosure.RecipientKind;
import shop.atelier.privacy.LegalHolds;
import shop.atelier.privacy.internal.DisclosureRegister;
import shop.atelier.privacy.internal.PrivacyTest;
import shop.atelier.privacy.spi.DataSubject;

/**
 * The privacy officer's pages: only a privacy officer (or admin) reaches them; a legal disclosure is
 * recorded only when complete, with errors next to the fields; holds are placed and lifted; the audit
 * chain verifies.
 */
@PrivacyTest
class StaffPrivacyControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DisclosureRegister register;

    @Autowired
    LegalHolds holds;

    @Autowired
    AuditLog audit;

    static MockHttpServletRequestBuilder asOfficer(MockHttpServletRequestBuilder request) {
        return request.with(user("officer@atelier.example").roles("PRIVACY_OFFICER"));
    }

    static String email() {
        return "subject-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void staffMembersAndCustomersAreKeptOut() throws Exception {
        for (var path : new String[] {
            "/staff/privacy/disclosures",
            "/staff/privacy/holds",
            "/staff/privacy/audit",
            "/staff/privacy/disclosures/legal"
        }) {
            mvc.perform(get(path).with(user("clerk@atelier.example").roles("STAFF")))
                    .andExpect(status().isForbidden());
            mvc.perform(get(path).with(user("anna@example.com").roles("CUSTOMER")))
                    .andExpect(status().isForbidden());
            mvc.perform(get(path).with(user("boss@atelier.example").roles("ADMIN")))
                    .andExpect(status().isOk());
            mvc.perform(asOfficer(get(path))).andExpect(status().isOk());
        }
        mvc.perform(post("/staff/privacy/holds")
                        .with(csrf())
                        .with(user("clerk@atelier.example").roles("STAFF"))
                        .param("email", email())
                        .param("reason", "curious")
                        .param("reference", "none"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anIncompleteLegalDisclosureIsShownAgainWithErrorsAndNotStored() throws Exception {
        var email = "not-an-email";
        mvc.perform(asOfficer(post("/staff/privacy/disclosures/legal"))
                        .with(csrf())
                        .param("authority", "")
                        .param("reference", "")
                        .param("approver", "")
                        .param("purpose", "")
                        .param("legalBasis", "CONTRACT")
                        .param("categories", "contact.name", "favourite.colour")
                        .param("email", email)
                        .param("handedOverOn", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isOk())
                .andExpect(view().name("privacy/staff-legal-disclosure"))
                .andExpect(model().attributeHasFieldErrors(
                                "form",
                                "authority",
                                "reference",
                                "approver",
                                "purpose",
                                "legalBasis",
                                "categories",
                                "email",
                                "handedOverOn"))
                .andExpect(content().string(Matchers.containsString("Name the authority that received the data.")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"authority-error\"")))
                .andExpect(content()
                        .string(Matchers.containsString("aria-describedby=\"reference-hint reference-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"reference-error\"")));

        mvc.perform(asOfficer(post("/staff/privacy/disclosures/legal"))
                        .with(csrf())
                        .param("authority", "Police")
                        .param("reference", "Ref 1")
                        .param("approver", "Dana")
                        .param("purpose", "investigation")
                        .param("legalBasis", "LEGAL_OBLIGATION")
                        .param("categories", "contact.name")
                        .param("handedOverOn", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "privacy.legal.whose.required"));
    }

    @Test
    void aLegalDisclosureIsRecordedAsTypedAndListed() throws Exception {
        var email = email();
        var number = "A-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(asOfficer(post("/staff/privacy/disclosures/legal"))
                        .with(csrf())
                        .param("authority", "Public Prosecutor Berlin")
                        .param("reference", "Court order 12 Js 345/26")
                        .param("approver", "Dana Director")
                        .param("purpose", "criminal investigation (fraud)")
                        .param("legalBasis", "LEGAL_OBLIGATION")
                        .param("categories", "contact.name", "contact.email", "order.history")
                        .param("email", email.toUpperCase())
                        .param("orderNumber", number)
                        .param("handedOverOn", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/privacy/disclosures"));

        assertThat(register.search(new DisclosureRegister.Query(email, null, null, null, null, null)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.recipient()).isEqualTo("Public Prosecutor Berlin");
                    assertThat(d.recipientKind()).isEqualTo(RecipientKind.AUTHORITY);
                    assertThat(d.reference()).isEqualTo("Court order 12 Js 345/26");
                    assertThat(d.approvedBy()).isEqualTo("Dana Director");
                    assertThat(d.orderNumber()).isEqualTo(number);
                    assertThat(d.categories()).containsExactly("contact.name", "contact.email", "order.history");
                    assertThat(d.recordedBy()).isEqualTo("officer@atelier.example");
                });
        mvc.perform(asOfficer(get("/staff/privacy/disclosures").param("order", number)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Public Prosecutor Berlin")))
                .andExpect(content().string(Matchers.containsString("Approved by Dana Director")))
                .andExpect(content().string(Matchers.containsString(email)));

        // Looking a person up is itself audited, and the person sees it by role.
        mvc.perform(asOfficer(get("/staff/privacy/disclosures").param("email", email)))
                .andExpect(status().isOk());
        mvc.perform(get("/account/privacy/access").with(user(email).roles("CUSTOMER")))
                .andExpect(content().string(Matchers.containsString("The shop&#39;s privacy officer")))
                .andExpect(content().string(Matchers.containsString("Looked up who received your data")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("officer@atelier.example"))));
    }

    @Test
    void holdsArePlacedOnAPersonOrAnOrderAndLifted() throws Exception {
        var email = email();
        var order = UUID.randomUUID();
        mvc.perform(asOfficer(post("/staff/privacy/holds"))
                        .with(csrf())
                        .param("email", email)
                        .param("order", order.toString())
                        .param("reason", "both")
                        .param("reference", "x"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "privacy.hold.target.one"));
        assertThat(holds.isHeld(DataSubject.guest(email))).isFalse();

        mvc.perform(asOfficer(post("/staff/privacy/holds"))
                        .with(csrf())
                        .param("email", email)
                        .param("reason", "litigation")
                        .param("reference", "Letter 2026-11-20"))
                .andExpect(redirectedUrl("/staff/privacy/holds"));
        mvc.perform(asOfficer(post("/staff/privacy/holds"))
                        .with(csrf())
                        .param("order", order.toString())
                        .param("reason", "tax audit")
                        .param("reference", "Tax office 17"))
                .andExpect(redirectedUrl("/staff/privacy/holds"));
        assertThat(holds.isHeld(DataSubject.guest(email))).isTrue();
        assertThat(holds.isHeld(order)).isTrue();

        var hold = holds.holdsFor(DataSubject.guest(email)).getFirst();
        mvc.perform(asOfficer(get("/staff/privacy/holds"))).andExpect(content().string(Matchers.containsString(email)));
        mvc.perform(asOfficer(post("/staff/privacy/holds/{id}/lift", hold.id()))
                        .with(csrf())
                        .param("reason", "settled"))
                .andExpect(redirectedUrl("/staff/privacy/holds"));
        assertThat(holds.isHeld(DataSubject.guest(email))).isFalse();
        assertThat(holds.isHeld(order)).isTrue();
        mvc.perform(asOfficer(post("/staff/privacy/holds/{id}/lift", hold.id())).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAuditLogIsSearchedAndTheChainVerified() throws Exception {
        var actor = "craftsman-" + UUID.randomUUID();
        var order = UUID.randomUUID();
        audit.record(actor, "WORKSHOP", "Oak & Thread", "open-material", "material:9", null, "c@example.com", order);

        mvc.perform(asOfficer(get("/staff/privacy/audit")).param("actor", actor))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(actor)))
                .andExpect(content().string(Matchers.containsString("Oak &amp; Thread")));
        mvc.perform(asOfficer(get("/staff/privacy/audit"))
                        .param("customer", "C@example.com")
                        .param("order", order.toString()))
                .andExpect(content().string(Matchers.containsString(actor)));
        mvc.perform(asOfficer(post("/staff/privacy/audit/verify")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The chain is intact")));
    }
}
