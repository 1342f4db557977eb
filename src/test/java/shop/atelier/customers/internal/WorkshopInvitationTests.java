package shop.atelier.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import shop.atelier.customers.Customers;
import shop.atelier.customers.CustomersIntegrationTest;
import shop.atelier.customers.TestPeople;
import shop.atelier.customers.WorkshopAccountRefused;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.Notifications;

@CustomersIntegrationTest
class WorkshopInvitationTests {

    @Autowired
    Customers customers;

    @Autowired
    AccountManagement management;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void forgetEarlierMails() {
        clearInvocations(notifications);
    }

    @Test
    void aNewAddressGetsAWorkshopAccountWithoutPasswordAndAnInvitationToChooseOneThenSignsInToThePortal()
            throws Exception {
        var email = TestPeople.email("Jo.Craft");

        var id = customers.inviteWorkshopUser(email, "Jo Craft");

        var row = jdbc.sql("select email, name, roles, password_hash from accounts where id = ?")
                .param(id.value())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(row.get(0)).isEqualTo(email.toLowerCase());
        assertThat(row.get(1)).isEqualTo("Jo Craft");
        assertThat(row.get(2)).isEqualTo("{WORKSHOP}");
        assertThat(passwordEncoder.matches("", row.get(3))).isFalse();
        var sent = ArgumentCaptor.forClass(Email.class);
        verify(notifications).enqueue(sent.capture());
        assertThat(sent.getValue().to()).isEqualTo(email.toLowerCase());
        assertThat(sent.getValue().template()).isEqualTo("mail/customers/workshop-invitation");
        var link = (String) sent.getValue().model().get("link");
        assertThat(link).contains("/password-reset/");
        assertThat(customers.byId(id)).as("a craftsman is no customer").isEmpty();

        var token = link.substring(link.lastIndexOf('/') + 1);
        mvc.perform(post("/password-reset/" + token)
                        .with(csrf())
                        .param("password", "a craftsman's passphrase")
                        .param("confirmation", "a craftsman's passphrase"))
                .andExpect(status().is3xxRedirection());
        var hash = jdbc.sql("select password_hash from accounts where id = ?")
                .param(id.value())
                .query(String.class)
                .single();
        assertThat(passwordEncoder.matches("a craftsman's passphrase", hash)).isTrue();

        mvc.perform(formLogin("/login").user(email).password("a craftsman's passphrase"))
                .andExpect(redirectedUrl("/workshop"));
        var craftsman = user(email).roles("WORKSHOP");
        mvc.perform(get("/account").with(craftsman)).andExpect(status().isNotFound());
        mvc.perform(get("/account/addresses").with(craftsman)).andExpect(status().isNotFound());
    }

    @Test
    void aWorkshopAccountIsReusedAndInvitedAgain() {
        var email = TestPeople.email("again");
        var first = customers.inviteWorkshopUser(email, "Jo Again");

        var second = customers.inviteWorkshopUser(email.toUpperCase(), "Someone Else");

        assertThat(second).isEqualTo(first);
        verify(notifications, atLeastOnce()).enqueue(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void aCustomersAddressIsRefused() {
        var email = TestPeople.email("customer");
        management.register("Ann Customer", email, null, TestPeople.PASSWORD);
        clearInvocations(notifications);

        assertThatThrownBy(() -> customers.inviteWorkshopUser(email, "Ann Customer"))
                .isInstanceOf(WorkshopAccountRefused.class)
                .hasMessageContaining("customer or staff account");
        verify(notifications, never()).enqueue(org.mockito.ArgumentMatchers.any());
        var roles = jdbc.sql("select roles from accounts where email = ?")
                .param(email.toLowerCase())
                .query(String.class)
                .single();
        assertThat(roles).isEqualTo("{CUSTOMER}");
    }
}
