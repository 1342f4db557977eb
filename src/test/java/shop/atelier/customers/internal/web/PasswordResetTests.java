package shop.atelier.customers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import shop.atelier.customers.CustomersIntegrationTest;
import shop.atelier.customers.TestPeople;
import shop.atelier.customers.internal.AccountManagement;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.EmailKind;
import shop.atelier.notifications.Notifications;
import shop.atelier.platform.ShopProperties;

@CustomersIntegrationTest
class PasswordResetTests {

    static final String SENT = "If an account exists for that email address, we have sent it a link";
    static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ShopProperties shop;

    @Autowired
    ITemplateEngine templates;

    ResultActions requestReset(String email) throws Exception {
        return mvc.perform(post("/password-reset").with(csrf()).param("email", email));
    }

    /** Asks for a link for a new account and returns the token from the email enqueued. */
    String tokenFromEmail(String email) throws Exception {
        requestReset(email).andExpect(status().isOk()).andExpect(content().string(containsString(SENT)));
        var sent = ArgumentCaptor.forClass(Email.class);
        verify(notifications).enqueue(sent.capture());
        var link = (String) sent.getValue().model().get("link");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    ResultActions setPassword(String token, String password, String confirmation) throws Exception {
        return mvc.perform(post("/password-reset/" + token)
                .with(csrf())
                .param("password", password)
                .param("confirmation", confirmation));
    }

    String passwordHashOf(String email) {
        return jdbc.sql("SELECT password_hash FROM accounts WHERE email = lower(?)")
                .param(email)
                .query(String.class)
                .single();
    }

    static byte[] sha256(String token) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void emailCarriesASingleUseLinkWhoseTokenIsStoredOnlyAsAHash() throws Exception {
        var email = TestPeople.email("fay");
        accounts.register("Fay Example", email, null, TestPeople.PASSWORD);

        requestReset(email.toUpperCase()).andExpect(status().isOk());

        var sent = ArgumentCaptor.forClass(Email.class);
        verify(notifications).enqueue(sent.capture());
        var mail = sent.getValue();
        assertThat(mail.to()).isEqualTo(email.toLowerCase());
        assertThat(mail.kind()).isEqualTo(EmailKind.TRANSACTIONAL);
        assertThat(mail.subjectKey()).isEqualTo("customers.mail.reset.subject");
        assertThat(mail.template()).isEqualTo("mail/customers/password-reset");
        var link = (String) mail.model().get("link");
        assertThat(link).startsWith(shop.baseUrl() + "/password-reset/");
        var token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");

        var stored = jdbc.sql("SELECT count(*) FROM account_password_resets r JOIN accounts a ON a.id = r.account_id"
                        + " WHERE a.email = lower(?) AND r.token_hash = ?")
                .params(email, sha256(token))
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(1);
        var body = templates.process(mail.template(), new Context(mail.locale(), mail.model()));
        assertThat(body)
                .contains("href=\"" + link + "\"")
                .contains("The link works once, for 60 minutes.")
                .doesNotContain("??");

        var plainAnywhere = jdbc.sql("SELECT count(*) FROM account_password_resets"
                        + " WHERE encode(token_hash, 'escape') LIKE '%' || ? || '%'")
                .param(token)
                .query(Long.class)
                .single();
        assertThat(plainAnywhere).isZero();
    }

    @Test
    void unknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
        requestReset(TestPeople.email("ghost"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(SENT)));
        verify(notifications, never()).enqueue(any());
    }

    @Test
    void linkSetsANewPasswordOnceAndThenStopsWorking() throws Exception {
        var email = TestPeople.email("gil");
        accounts.register("Gil Example", email, null, TestPeople.PASSWORD);
        var token = tokenFromEmail(email);

        mvc.perform(get("/password-reset/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a new password")));
        setPassword(token, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?password-changed"));

        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHashOf(email))).isTrue();
        assertThat(passwordEncoder.matches(TestPeople.PASSWORD, passwordHashOf(email)))
                .isFalse();

        mvc.perform(get("/password-reset/" + token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link does not work any more")));
        setPassword(token, "yet another passphrase", "yet another passphrase").andExpect(status().isGone());
        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHashOf(email))).isTrue();
    }

    @Test
    void resetSignsTheAccountOutEverywhere() throws Exception {
        var email = TestPeople.email("lou");
        accounts.register("Lou Example", email, null, TestPeople.PASSWORD);
        var signedIn = mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", email)
                        .param("password", TestPeople.PASSWORD)
                        .with(request -> {
                            request.setRemoteAddr("10.12.0.1");
                            return request;
                        }))
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        var session = signedIn.getResponse().getCookie("ATELIER_SESSION");
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

        setPassword(tokenFromEmail(email), NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(redirectedUrl("/login?password-changed"));

        mvc.perform(get("/account").cookie(session)).andExpect(status().isFound());
    }

    @Test
    void expiredLinkDoesNotWork() throws Exception {
        var email = TestPeople.email("hal");
        accounts.register("Hal Example", email, null, TestPeople.PASSWORD);
        var token = tokenFromEmail(email);
        // An hour and a minute later:
        jdbc.sql("UPDATE account_password_resets SET created_at = created_at - interval '61 minutes',"
                        + " expires_at = expires_at - interval '61 minutes' WHERE token_hash = ?")
                .param(sha256(token))
                .update();

        mvc.perform(get("/password-reset/" + token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Ask for a new link")));
        setPassword(token, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isGone());
        assertThat(passwordEncoder.matches(TestPeople.PASSWORD, passwordHashOf(email)))
                .isTrue();
    }

    @Test
    void unknownLinkGetsTheSamePage() throws Exception {
        mvc.perform(get("/password-reset/" + "A".repeat(43)))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link does not work any more")));
        mvc.perform(get("/password-reset/short")).andExpect(status().isGone());
        setPassword("A".repeat(43), NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isGone());
    }

    @Test
    void weakOrMistypedNewPasswordKeepsTheLinkUsable() throws Exception {
        var email = TestPeople.email("ida");
        accounts.register("Ida Example", email, null, TestPeople.PASSWORD);
        var token = tokenFromEmail(email);

        setPassword(token, "qwertyuiop", "qwertyuiop")
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "customers.password.too-common"));
        setPassword(token, NEW_PASSWORD, NEW_PASSWORD + "x")
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode(
                                "form", "confirmation", "customers.password.confirmation.mismatch"));
        assertThat(passwordEncoder.matches(TestPeople.PASSWORD, passwordHashOf(email)))
                .isTrue();

        mvc.perform(get("/password-reset/" + token)).andExpect(status().isOk());
    }

    @Test
    void aNewLinkMakesNoEarlierOneWorkAfterTheReset() throws Exception {
        var email = TestPeople.email("jon");
        accounts.register("Jon Example", email, null, TestPeople.PASSWORD);
        var first = tokenFromEmail(email);
        org.mockito.Mockito.clearInvocations(notifications);
        var second = tokenFromEmail(email);

        setPassword(second, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?password-changed"));
        mvc.perform(get("/password-reset/" + first)).andExpect(status().isGone());
    }

    @Test
    void requestsBeyondTheHourlyLimitSendNothingButAnswerTheSame() throws Exception {
        var email = TestPeople.email("kim");
        accounts.register("Kim Example", email, null, TestPeople.PASSWORD);
        for (int i = 0; i < 4; i++) {
            requestReset(email).andExpect(status().isOk()).andExpect(content().string(containsString(SENT)));
        }
        verify(notifications, org.mockito.Mockito.times(3)).enqueue(any());
    }

    @Test
    void invalidEmailIsAFieldError() throws Exception {
        requestReset("not an email")
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "email"));
        verify(notifications, never()).enqueue(any());
    }
}
