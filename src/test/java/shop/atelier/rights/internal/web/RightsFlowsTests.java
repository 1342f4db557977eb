package shop.atelier.rights.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import shop.atelier.MutableClock;
import shop.atelier.customers.TestPeople;
import shop.atelier.customers.internal.AccountManagement;
import shop.atelier.platform.ShopProperties;
import shop.atelier.privacy.internal.LegalHoldRegister;
import shop.atelier.rights.internal.EmailHash;
import shop.atelier.rights.internal.RightsDesk;
import shop.atelier.rights.internal.RightsTest;

/**
 * Every way a person exercises their rights, over HTTP, checked by what they see and receive: the
 * account's archive, a guest's emailed link, staff-logged requests, duplicates, deadlines and
 * reminders, erasure receipts and legal holds.
 */
@RightsTest
class RightsFlowsTests {

    static final Pattern VERIFY_LINK = Pattern.compile("/privacy/requests/verify/([A-Za-z0-9_-]{43})");
    static final Pattern ARCHIVE_LINK = Pattern.compile("/privacy/requests/archive/([A-Za-z0-9_-]{43})");
    static final Pattern STATUS_LINK = Pattern.compile("/privacy/requests/status/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    AccountManagement accounts;

    @Autowired
    LegalHoldRegister holds;

    @Autowired
    RightsDesk desk;

    @Autowired
    ShopProperties shop;

    record Mail(String subject, String text) {}

    List<Mail> mailsTo(String email) {
        return jdbc.sql("SELECT subject, text_body FROM outbox_messages WHERE lower(recipient) = lower(?)"
                        + " ORDER BY created_at, subject")
                .param(email)
                .query((rs, row) -> new Mail(rs.getString("subject"), rs.getString("text_body")))
                .list();
    }

    static String token(Pattern link, Mail mail) {
        var matcher = link.matcher(mail.text());
        assertThat(matcher.find()).as("link in " + mail).isTrue();
        return matcher.group(1);
    }

    static RequestPostProcessor customer(String email) {
        return user(email).roles("CUSTOMER");
    }

    static RequestPostProcessor officer() {
        return user("officer-" + UUID.randomUUID() + "@atelier.example").roles("PRIVACY_OFFICER");
    }

    String register(String who) {
        var email = TestPeople.email(who);
        accounts.register(who + " Example", email, "+49 30 555 0101", TestPeople.PASSWORD);
        return email;
    }

    List<UUID> requestsOf(String email) {
        return jdbc.sql("SELECT id FROM rights_requests WHERE email_hash = ? ORDER BY received_at")
                .param(EmailHash.of(email))
                .query(UUID.class)
                .list();
    }

    String stateOf(UUID id) {
        return jdbc.sql("SELECT state FROM rights_requests WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    static List<String> zipEntries(byte[] zip) throws Exception {
        var names = new ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    static String dataJson(byte[] zip) throws Exception {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("data.json")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no data.json");
    }

    // --- the account ---------------------------------------------------------------------------------

    @Test
    void aCustomerDownloadsTheirDataAsAZipWithDataJsonForSevenDays() throws Exception {
        var email = register("ada");

        mvc.perform(get("/account/privacy").with(customer(email)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/account/privacy/disclosures")))
                .andExpect(content().string(Matchers.containsString("/account/profile")))
                .andExpect(content().string(Matchers.containsString(shop.privacyContact())));
        var location = mvc.perform(
                        post("/account/privacy/requests/access").with(csrf()).with(customer(email)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = UUID.fromString(location.replaceAll(".*/requests/([0-9a-f-]{36}).*", "$1"));
        mvc.perform(get(location).with(customer(email)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Your archive is ready")))
                .andExpect(content().string(Matchers.containsString("/account/privacy/requests/" + id + "/archive")));

        var zip = mvc.perform(
                        get("/account/privacy/requests/" + id + "/archive").with(customer(email)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(zipEntries(zip)).contains("data.json");
        assertThat(dataJson(zip))
                .contains(email.toLowerCase())
                .contains("ada Example")
                .contains("\"rights\"")
                .contains("\"ACCESS\"");
        assertThat(desk.downloads(id)).isEqualTo(1);
        mvc.perform(get("/account/privacy").with(customer(email)))
                .andExpect(content().string(Matchers.containsString("/account/privacy/requests/" + id)));

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        desk.clearExpired();
        mvc.perform(get("/account/privacy/requests/" + id + "/archive").with(customer(email)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM rights_requests WHERE id = ? AND email IS NULL")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anotherCustomerCannotSeeOrDownloadSomeoneElsesRequest() throws Exception {
        var ada = register("ada");
        var bob = register("bob");
        mvc.perform(post("/account/privacy/requests/access").with(csrf()).with(customer(ada)));
        var id = requestsOf(ada).getFirst();

        mvc.perform(get("/account/privacy/requests/" + id).with(customer(bob))).andExpect(status().isNotFound());
        mvc.perform(get("/account/privacy/requests/" + id + "/archive").with(customer(bob)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account/privacy/requests/not-a-uuid").with(customer(bob)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void erasureFromTheAccountNeedsThePasswordThenSignsOutAndShowsAndMailsTheReceipt() throws Exception {
        var email = register("eve");
        mvc.perform(get("/account/privacy/requests/erasure").with(customer(email)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("What the shop must keep")));

        mvc.perform(post("/account/privacy/requests/erasure")
                        .with(csrf())
                        .with(customer(email))
                        .param("password", "wrong password entirely")
                        .param("confirm", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("This is not your password")));
        mvc.perform(post("/account/privacy/requests/erasure")
                        .with(csrf())
                        .with(customer(email))
                        .param("password", TestPeople.PASSWORD))
                .andExpect(status().isBadRequest());
        assertThat(requestsOf(email)).isEmpty();

        var signedIn = mvc.perform(
                        post("/login").with(csrf()).param("username", email).param("password", TestPeople.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var session = signedIn.getResponse().getCookie("ATELIER_SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/account/privacy").cookie(session)).andExpect(status().isOk());

        var result = mvc.perform(post("/account/privacy/requests/erasure")
                        .with(csrf())
                        .cookie(session)
                        .param("password", TestPeople.PASSWORD)
                        .param("confirm", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var statusPage = result.getResponse().getRedirectedUrl();
        assertThat(statusPage).matches("/privacy/requests/status/[A-Za-z0-9_-]{43}");
        mvc.perform(get("/account/privacy").cookie(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.containsString("/login")));

        mvc.perform(get(statusPage))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Erasure receipt")))
                .andExpect(content().string(Matchers.containsString("customers")))
                .andExpect(content().string(Matchers.containsString("Completed")));
        var receiptMail = mailsTo(email).stream()
                .filter(m -> m.subject().contains("receipt"))
                .findFirst()
                .orElseThrow();
        assertThat(receiptMail.text()).contains("We erased your data");
        assertThat(jdbc.sql("SELECT count(*) FROM accounts WHERE email = ?")
                        .param(email.toLowerCase())
                        .query(Long.class)
                        .single())
                .isZero();
        var id = requestsOf(email).getFirst();
        assertThat(stateOf(id)).isEqualTo("COMPLETED");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM rights_requests WHERE id = ? AND email IS NULL AND customer_id IS NULL"
                                        + " AND receipt IS NOT NULL")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aLegalHoldRefusesTheErasureWithItsReason() throws Exception {
        var email = register("hal");
        holds.place(email, null, null, "Tax audit 2026", "TAX-REF-" + UUID.randomUUID());

        var location = mvc.perform(post("/account/privacy/requests/erasure")
                        .with(csrf())
                        .with(customer(email))
                        .param("password", TestPeople.PASSWORD)
                        .param("confirm", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        var id = requestsOf(email).getFirst();
        assertThat(location).isEqualTo("/account/privacy/requests/" + id);
        assertThat(stateOf(id)).isEqualTo("REFUSED");
        mvc.perform(get(location).with(customer(email)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Refused")))
                .andExpect(content().string(Matchers.containsString("Tax audit 2026")));
        assertThat(mailsTo(email)).anySatisfy(m -> assertThat(m.text()).contains("nothing was erased"));
        assertThat(jdbc.sql("SELECT count(*) FROM accounts WHERE email = ?")
                        .param(email.toLowerCase())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCorrectionRequestNeedsToSayWhat() throws Exception {
        var email = register("cor");
        mvc.perform(post("/account/privacy/requests/correction")
                        .with(csrf())
                        .with(customer(email))
                        .param("details", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        assertThat(requestsOf(email)).isEmpty();
        mvc.perform(post("/account/privacy/requests/correction")
                        .with(csrf())
                        .with(customer(email))
                        .param("details", "My old order shows my maiden name"))
                .andExpect(status().is3xxRedirection());
        assertThat(stateOf(requestsOf(email).getFirst())).isEqualTo("IN_PROGRESS");
    }

    @Test
    void staffAndCraftsmenHaveNoPrivacyCenter() throws Exception {
        mvc.perform(get("/account/privacy").with(user("clerk@atelier.example").roles("STAFF")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account/privacy")).andExpect(status().is3xxRedirection());
    }

    // --- guests --------------------------------------------------------------------------------------

    @Test
    void aGuestLinkWorksOnceAndTheArchiveFollows() throws Exception {
        var email = TestPeople.email("gus");
        var known = register("kim");

        var unknownPage = mvc.perform(post("/privacy/requests")
                        .with(csrf())
                        .param("email", email)
                        .param("type", "ACCESS"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var knownPage = mvc.perform(post("/privacy/requests")
                        .with(csrf())
                        .param("email", known)
                        .param("type", "ACCESS"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(unknownPage).contains("Check your mailbox");
        assertThat(knownPage.replaceAll("[A-Za-z0-9_-]{30,}", ""))
                .isEqualTo(unknownPage.replaceAll("[A-Za-z0-9_-]{30,}", ""));

        var id = requestsOf(email).getFirst();
        assertThat(stateOf(id)).isEqualTo("IDENTITY_UNVERIFIED");
        var token = token(VERIFY_LINK, mailsTo(email).getFirst());
        assertThat(jdbc.sql("SELECT count(*) FROM rights_links WHERE encode(token_hash, 'escape') LIKE ?")
                        .param("%" + token + "%")
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(get("/privacy/requests/verify/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Confirm your request")));
        var done = mvc.perform(post("/privacy/requests/verify/" + token).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Download your data")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post("/privacy/requests/verify/" + token).with(csrf())).andExpect(status().isGone());
        mvc.perform(get("/privacy/requests/verify/" + token)).andExpect(status().isGone());
        assertThat(stateOf(id)).isEqualTo("COMPLETED");

        var archiveMatcher = ARCHIVE_LINK.matcher(done);
        assertThat(archiveMatcher.find()).isTrue();
        var zip = mvc.perform(get("/privacy/requests/archive/" + archiveMatcher.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(dataJson(zip)).contains(email.toLowerCase());
        var mailed = mailsTo(email).stream()
                .filter(m -> m.subject().contains("ready"))
                .findFirst()
                .orElseThrow();
        var statusToken = token(STATUS_LINK, mailed);
        mvc.perform(get("/privacy/requests/status/" + statusToken))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Completed")));

        clock.advance(Duration.ofDays(8));
        mvc.perform(get("/privacy/requests/archive/" + token(ARCHIVE_LINK, mailed)))
                .andExpect(status().isGone());
    }

    @Test
    void aGuestLinkExpiresAfterTwentyFourHours() throws Exception {
        var email = TestPeople.email("exp");
        mvc.perform(post("/privacy/requests").with(csrf()).param("email", email).param("type", "ERASURE"))
                .andExpect(status().isOk());
        var token = token(VERIFY_LINK, mailsTo(email).getFirst());

        clock.advance(Duration.ofHours(24).plusMinutes(1));

        mvc.perform(get("/privacy/requests/verify/" + token))
                .andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("This link does not work any more")));
        mvc.perform(post("/privacy/requests/verify/" + token).with(csrf())).andExpect(status().isGone());
        assertThat(stateOf(requestsOf(email).getFirst())).isEqualTo("IDENTITY_UNVERIFIED");
    }

    @Test
    void aGuestErasureShowsAndMailsTheReceipt() throws Exception {
        var email = TestPeople.email("era");
        mvc.perform(post("/privacy/requests").with(csrf()).param("email", email).param("type", "ERASURE"));
        var token = token(VERIFY_LINK, mailsTo(email).getFirst());

        mvc.perform(post("/privacy/requests/verify/" + token).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Erasure receipt")));
        assertThat(mailsTo(email)).anySatisfy(m -> assertThat(m.subject()).contains("receipt"));
        assertThat(stateOf(requestsOf(email).getFirst())).isEqualTo("COMPLETED");
    }

    @Test
    void aSecondRequestOfTheSameKindJoinsTheOpenOneAndTheRequesterIsTold() throws Exception {
        var email = TestPeople.email("dup");
        mvc.perform(post("/privacy/requests").with(csrf()).param("email", email).param("type", "ERASURE"));
        clock.advance(Duration.ofMinutes(5));
        mvc.perform(post("/privacy/requests").with(csrf()).param("email", email).param("type", "ERASURE"))
                .andExpect(status().isOk());

        var requests = requestsOf(email);
        assertThat(requests).hasSize(1);
        assertThat(mailsTo(email))
                .hasSize(2)
                .anySatisfy(m -> assertThat(m.text()).contains("joined"));
        assertThat(desk.history(requests.getFirst()))
                .anySatisfy(h -> assertThat(h.note()).contains("joined"));
        var received = desk.find(requests.getFirst()).orElseThrow();
        assertThat(received.dueAt()).isEqualTo(received.receivedAt().plus(Duration.ofDays(30)));
    }

    @Test
    void theGuestFormRefusesBadInputAndStoresNothing() throws Exception {
        var email = TestPeople.email("bad");
        mvc.perform(post("/privacy/requests")
                        .with(csrf())
                        .param("email", "not an email")
                        .param("type", "ACCESS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("email-error")));
        mvc.perform(post("/privacy/requests").with(csrf()).param("email", email))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("type-error")));
        mvc.perform(post("/privacy/requests").with(csrf()).param("email", email).param("type", "DESTROY"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/privacy/requests").with(csrf()).param("email", email).param("type", "CORRECTION"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("details-error")));
        mvc.perform(post("/privacy/requests").param("email", email).param("type", "ACCESS"))
                .andExpect(status().isForbidden());
        assertThat(requestsOf(email)).isEmpty();
        assertThat(mailsTo(email)).isEmpty();
        mvc.perform(get("/privacy/requests/verify/short")).andExpect(status().isGone());
        mvc.perform(get("/privacy/requests/status/" + "A".repeat(43))).andExpect(status().isGone());
    }

    // --- staff ---------------------------------------------------------------------------------------

    @Test
    void aRequestLoggedByStaffWaitsForVerificationThenIsAnswered() throws Exception {
        var email = TestPeople.email("sta");
        var officer = officer();
        var location = mvc.perform(post("/staff/privacy/requests")
                        .with(csrf())
                        .with(officer)
                        .param("email", email)
                        .param("type", "ACCESS")
                        .param("details", "Mail of 27 Nov to the privacy contact"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = requestsOf(email).getFirst();
        assertThat(location).isEqualTo("/staff/privacy/requests/" + id);
        assertThat(stateOf(id)).isEqualTo("IDENTITY_UNVERIFIED");

        mvc.perform(post(location + "/access").with(csrf()).with(officer)).andExpect(status().isConflict());
        assertThat(stateOf(id)).isEqualTo("IDENTITY_UNVERIFIED");

        mvc.perform(get(location).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(email.toLowerCase())));
        mvc.perform(get("/staff/privacy/requests").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("request-" + id)));

        mvc.perform(post(location + "/verification-mail").with(csrf()).with(officer))
                .andExpect(status().is3xxRedirection());
        assertThat(mailsTo(email)).anySatisfy(m -> assertThat(m.text()).containsPattern(VERIFY_LINK));
        mvc.perform(post(location + "/verification").with(csrf()).with(officer).param("text", ""))
                .andExpect(status().isBadRequest());
        mvc.perform(post(location + "/verification")
                        .with(csrf())
                        .with(officer)
                        .param("text", "Called back on the phone number of the last order"))
                .andExpect(status().is3xxRedirection());
        assertThat(stateOf(id)).isEqualTo("IN_PROGRESS");

        mvc.perform(post(location + "/access").with(csrf()).with(officer)).andExpect(status().is3xxRedirection());
        assertThat(stateOf(id)).isEqualTo("COMPLETED");
        assertThat(mailsTo(email)).anySatisfy(m -> assertThat(m.text()).containsPattern(ARCHIVE_LINK));
        assertThat(desk.history(id))
                .extracting(h -> h.state().name())
                .containsSubsequence("RECEIVED", "IDENTITY_UNVERIFIED", "IN_PROGRESS", "COMPLETED");
    }

    @Test
    void staffRecordCorrectionsRefuseAndMerge() throws Exception {
        var email = TestPeople.email("mer");
        var officer = officer();
        mvc.perform(post("/staff/privacy/requests")
                .with(csrf())
                .with(officer)
                .param("email", email)
                .param("type", "CORRECTION"));
        var first = requestsOf(email).getFirst();
        // a second, separate request of the same person and type (e.g. logged before the merge rule existed)
        mvc.perform(post("/staff/privacy/requests/" + first + "/verification")
                .with(csrf())
                .with(officer)
                .param("text", "Known customer, replied from the address on file"));
        mvc.perform(post("/staff/privacy/requests/" + first + "/correction")
                        .with(csrf())
                        .with(officer)
                        .param("text", "Billing name on order A-1 corrected"))
                .andExpect(status().is3xxRedirection());
        assertThat(stateOf(first)).isEqualTo("COMPLETED");
        assertThat(mailsTo(email))
                .anySatisfy(m -> assertThat(m.text()).contains("Billing name on order A-1 corrected"));

        mvc.perform(post("/staff/privacy/requests")
                .with(csrf())
                .with(officer)
                .param("email", email)
                .param("type", "ERASURE"));
        var erasure = requestsOf(email).getLast();
        mvc.perform(post("/staff/privacy/requests/" + erasure + "/refusal")
                        .with(csrf())
                        .with(officer)
                        .param("text", "The requester could not be verified"))
                .andExpect(status().is3xxRedirection());
        assertThat(stateOf(erasure)).isEqualTo("REFUSED");
        mvc.perform(post("/staff/privacy/requests/" + erasure + "/refusal")
                        .with(csrf())
                        .with(officer)
                        .param("text", "again"))
                .andExpect(status().isConflict());
        mvc.perform(post("/staff/privacy/requests/" + erasure + "/merge")
                        .with(csrf())
                        .with(officer)
                        .param("into", "nonsense"))
                .andExpect(status().isBadRequest());

        var work = TestPeople.email("mer-work");
        mvc.perform(post("/staff/privacy/requests")
                .with(csrf())
                .with(officer)
                .param("email", email)
                .param("type", "ACCESS"));
        mvc.perform(post("/staff/privacy/requests")
                .with(csrf())
                .with(officer)
                .param("email", work)
                .param("type", "ACCESS"));
        var kept = requestsOf(email).getLast();
        var duplicate = requestsOf(work).getFirst();
        mvc.perform(get("/staff/privacy/requests/" + duplicate).with(officer))
                .andExpect(content().string(Matchers.containsString("value=\"" + kept + "\"")));
        mvc.perform(post("/staff/privacy/requests/" + duplicate + "/merge")
                        .with(csrf())
                        .with(officer)
                        .param("into", kept.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(stateOf(duplicate)).isEqualTo("MERGED");
        assertThat(stateOf(kept)).isEqualTo("IDENTITY_UNVERIFIED");
        assertThat(desk.history(kept)).anySatisfy(h -> assertThat(h.note()).contains("joined"));
        assertThat(mailsTo(work)).anySatisfy(m -> assertThat(m.text()).contains("joined"));
        mvc.perform(post("/staff/privacy/requests/" + duplicate + "/merge")
                        .with(csrf())
                        .with(officer)
                        .param("into", kept.toString()))
                .andExpect(status().isConflict());
        mvc.perform(post("/staff/privacy/requests")
                        .with(csrf())
                        .with(officer)
                        .param("email", "broken")
                        .param("type", "ACCESS"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/staff/privacy/requests")
                        .with(user("clerk@atelier.example").roles("STAFF")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDailyReminderMailsThePrivacyContactAboutRequestsDueSoonOrOverdue() throws Exception {
        var email = TestPeople.email("rem");
        mvc.perform(post("/staff/privacy/requests")
                .with(csrf())
                .with(officer())
                .param("email", email)
                .param("type", "ACCESS"));
        var id = requestsOf(email).getFirst();

        clock.advance(Duration.ofDays(31));
        assertThat(desk.remindStaff()).isPositive();

        var reminder = mailsTo(shop.privacyContact()).stream()
                .filter(m -> m.text().contains(id.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(reminder.subject()).contains("overdue");
        assertThat(reminder.text()).contains("OVERDUE").contains("/staff/privacy/requests");
        mvc.perform(get("/staff/privacy/requests").with(officer()))
                .andExpect(content().string(Matchers.containsString("Overdue")));
    }
}
