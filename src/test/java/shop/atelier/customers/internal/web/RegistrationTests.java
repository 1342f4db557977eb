package shop.atelier.customers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import shop.atelier.customers.CustomersIntegrationTest;
import shop.atelier.customers.TestPeople;

@CustomersIntegrationTest
class RegistrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long accountsWith(String email) {
        return jdbc.sql("SELECT count(*) FROM accounts WHERE email = lower(?)")
                .param(email)
                .query(Long.class)
                .single();
    }

    @Test
    void registrationPageHasLabelledFields() throws Exception {
        mvc.perform(get("/register"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("for=\"email\"")));
    }

    @Test
    void registeringOpensAnAccountAndSignsIn() throws Exception {
        var email = TestPeople.email("Anna");
        var session = new MockHttpSession();
        mvc.perform(post("/register")
                        .session(session)
                        .with(csrf())
                        .param("name", "Anna Example")
                        .param("email", email)
                        .param("password", TestPeople.PASSWORD)
                        .param("phone", "+49 30 1234567"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account"));
        assertThat(accountsWith(email)).isEqualTo(1);
    }

    @Test
    void weakPasswordIsRefusedAndNothingStored() throws Exception {
        var email = TestPeople.email("weak");
        mvc.perform(post("/register")
                        .with(csrf())
                        .param("name", "Weak Example")
                        .param("email", email)
                        .param("password", "password123"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("customers/register"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "customers.password.too-common"));
        assertThat(accountsWith(email)).isZero();
    }
}
