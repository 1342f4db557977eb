package shop.atelier.customers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import shop.atelier.customers.CustomerRegistered;
import shop.atelier.customers.CustomersIntegrationTest;
import shop.atelier.customers.TestPeople;

@CustomersIntegrationTest
@RecordApplicationEvents
class RegistrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationEvents events;

    MockHttpServletRequestBuilder register(String name, String email, String password) {
        return post("/register")
                .with(csrf())
                .param("name", name)
                .param("email", email)
                .param("password", password);
    }

    long accountsWith(String email) {
        return jdbc.sql("SELECT count(*) FROM accounts WHERE email = lower(?)")
                .param(email)
                .query(Long.class)
                .single();
    }

    @Test
    void registrationPageAsksOnlyForNameEmailPasswordAndOptionalPhone() throws Exception {
        mvc.perform(get("/register"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"name\"")))
                .andExpect(content().string(containsString("<label for=\"email\"")))
                .andExpect(content().string(containsString("<label for=\"password\"")))
                .andExpect(content().string(containsString("<label for=\"phone\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void registeringOpensACustomerAccountSignsInAndAnnouncesIt() throws Exception {
        var email = TestPeople.email("Anna");
        var registered = mvc.perform(
                        register("Anna Example", email, TestPeople.PASSWORD).param("phone", "+49 30 1234567"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        var session = registered.getResponse().getCookie("ATELIER_SESSION");
        assertThat(session).as("a session cookie").isNotNull();

        var stored = jdbc.sql("SELECT email, name, phone, password_hash, array_to_string(roles, ',') AS roles"
                        + " FROM accounts WHERE email = lower(?)")
                .param(email)
                .query()
                .singleRow();
        assertThat(stored.get("email")).isEqualTo(email.toLowerCase());
        assertThat(stored.get("name")).isEqualTo("Anna Example");
        assertThat(stored.get("phone")).isEqualTo("+49 30 1234567");
        assertThat(stored.get("roles")).isEqualTo("CUSTOMER");
        assertThat((String) stored.get("password_hash")).startsWith("{bcrypt}").doesNotContain(TestPeople.PASSWORD);
        assertThat(passwordEncoder.matches(TestPeople.PASSWORD, (String) stored.get("password_hash")))
                .isTrue();
        assertThat(events.stream(CustomerRegistered.class)).hasSize(1);

        // The new customer is signed in: the account page opens in the same session.
        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anna Example")))
                .andExpect(content().string(containsString("Welcome! Your account is ready.")));
    }

    @Test
    void duplicateEmailInAnySpellingIsAFieldErrorAndChangesNothing() throws Exception {
        var email = TestPeople.email("bert");
        mvc.perform(register("Bert First", email, TestPeople.PASSWORD)).andExpect(status().isFound());

        mvc.perform(register("Bert Second", "  " + email.toUpperCase() + " ", "another long passphrase"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("customers/register"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "customers.register.email.taken"))
                .andExpect(content().string(containsString("cannot be used for a new account")));

        assertThat(accountsWith(email)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT name FROM accounts WHERE email = lower(?)")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("Bert First");
    }

    @Test
    void weakPasswordsAreFieldErrorsAndNothingIsStored() throws Exception {
        var email = TestPeople.email("weak");
        mvc.perform(register("Weak Example", email, "short"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "customers.password.too-short"))
                .andExpect(content().string(containsString("Please use at least 10 characters.")));
        mvc.perform(register("Weak Example", email, "Password123"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "customers.password.too-common"));
        mvc.perform(register("Weak Example", email, "my " + email))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "customers.password.contains-email"));
        assertThat(accountsWith(email)).isZero();
        assertThat(events.stream(CustomerRegistered.class)).isEmpty();
    }

    @Test
    void invalidInputIsShownNextToTheFieldsAndNothingIsStored() throws Exception {
        var email = "not-an-email-" + TestPeople.unique("x").replace(' ', '-');
        mvc.perform(register("", email, TestPeople.PASSWORD).param("phone", "call me"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "name", "email", "phone"))
                .andExpect(content().string(containsString("Please enter a valid email address")))
                .andExpect(content().string(containsString("Please enter your name.")))
                .andExpect(content().string(containsString("aria-describedby=\"email-error\"")))
                .andExpect(content().string(containsString("is-invalid")))
                // The typed password is never sent back to the browser.
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(TestPeople.PASSWORD))));
        assertThat(accountsWith(email)).isZero();
    }

    @Test
    void registrationWithoutCsrfTokenIsRefused() throws Exception {
        var email = TestPeople.email("csrf");
        mvc.perform(post("/register")
                        .param("name", "No Token")
                        .param("email", email)
                        .param("password", TestPeople.PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(accountsWith(email)).isZero();
    }
}
