package shop.atelier.customers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.Customers;
import shop.atelier.customers.CustomersIntegrationTest;
import shop.atelier.customers.PostalAddress;
import shop.atelier.customers.TestPeople;
import shop.atelier.customers.internal.AccountManagement;

/** The account overview, correcting contact data (promise G2) and the address book. */
@CustomersIntegrationTest
class AccountPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Customers customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    record Person(CustomerId id, String email, UserRequestPostProcessor signedIn) {}

    Person newCustomer(String name) {
        var email = TestPeople.email(name.toLowerCase().replace(' ', '-'));
        var profile = accounts.register(name, email, null, TestPeople.PASSWORD);
        return new Person(profile.id(), profile.email(), user(profile.email()).roles("CUSTOMER"));
    }

    static MockHttpServletRequestBuilder address(String path, String name, String line1, String country) {
        return post(path)
                .with(csrf())
                .param("name", name)
                .param("line1", line1)
                .param("postalCode", "10115")
                .param("city", "Berlin")
                .param("country", country);
    }

    long addressRowsOf(CustomerId id) {
        return jdbc.sql("SELECT count(*) FROM account_addresses WHERE account_id = ?")
                .param(id.value())
                .query(Long.class)
                .single();
    }

    UUID addressId(CustomerId id, String line1) {
        return jdbc.sql("SELECT id FROM account_addresses WHERE account_id = ? AND line1 = ?")
                .params(id.value(), line1)
                .query(UUID.class)
                .single();
    }

    @Test
    void overviewShowsContactDataAddressesAndTheWayToOrders() throws Exception {
        var lena = newCustomer("Lena Example");
        accounts.addAddress(
                lena.email(), new PostalAddress("Lena Example", "Lindenstraße 5", null, "10969", "Berlin", "DE", null));

        mvc.perform(get("/account").with(lena.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lena Example")))
                .andExpect(content().string(containsString(lena.email())))
                .andExpect(content().string(containsString("Lindenstraße 5")))
                .andExpect(content().string(containsString("Germany")))
                .andExpect(content().string(containsString("href=\"/account/orders\"")))
                .andExpect(content().string(containsString("href=\"/account/profile\"")))
                .andExpect(content().string(containsString("href=\"/account/addresses\"")));
    }

    @Test
    void accountPagesNeedSignIn() throws Exception {
        mvc.perform(get("/account/profile")).andExpect(status().isFound());
        mvc.perform(get("/account/addresses")).andExpect(status().isFound());
    }

    @Test
    void nameAndPhoneAreCorrectedWithoutPassword() throws Exception {
        var mia = newCustomer("Mia Example");
        mvc.perform(get("/account/profile").with(mia.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Mia Example\"")));

        mvc.perform(post("/account/profile")
                        .with(mia.signedIn())
                        .with(csrf())
                        .param("name", "Mia Corrected")
                        .param("email", mia.email())
                        .param("phone", "+43 1 234 5678"))
                .andExpect(redirectedUrl("/account"));

        var profile = customers.byId(mia.id()).orElseThrow();
        assertThat(profile.name()).isEqualTo("Mia Corrected");
        assertThat(profile.phone()).isEqualTo("+43 1 234 5678");
        assertThat(profile.email()).isEqualTo(mia.email());
    }

    @Test
    void newEmailNeedsTheCurrentPasswordAndBecomesTheSignInName() throws Exception {
        var nina = newCustomer("Nina Example");
        var newEmail = TestPeople.email("nina-new");

        mvc.perform(post("/account/profile")
                        .with(nina.signedIn())
                        .with(csrf())
                        .param("name", "Nina Example")
                        .param("email", newEmail))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode(
                                "form", "currentPassword", "customers.profile.current-password.wrong"));
        mvc.perform(post("/account/profile")
                        .with(nina.signedIn())
                        .with(csrf())
                        .param("name", "Nina Example")
                        .param("email", newEmail)
                        .param("currentPassword", "not my password"))
                .andExpect(status().isBadRequest());
        assertThat(customers.byId(nina.id()).orElseThrow().email()).isEqualTo(nina.email());

        mvc.perform(post("/account/profile")
                        .with(nina.signedIn())
                        .with(csrf())
                        .param("name", "Nina Example")
                        .param("email", newEmail.toUpperCase())
                        .param("currentPassword", TestPeople.PASSWORD))
                .andExpect(redirectedUrl("/account"));

        assertThat(customers.byId(nina.id()).orElseThrow().email()).isEqualTo(newEmail.toLowerCase());
        assertThat(users.loadUserByUsername(newEmail).getUsername()).isEqualTo(newEmail.toLowerCase());
        assertThatThrownBy(() -> users.loadUserByUsername(nina.email())).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void anotherAccountsEmailCannotBeTaken() throws Exception {
        var olga = newCustomer("Olga Example");
        var paul = newCustomer("Paul Example");
        mvc.perform(post("/account/profile")
                        .with(olga.signedIn())
                        .with(csrf())
                        .param("name", "Olga Example")
                        .param("email", paul.email())
                        .param("currentPassword", TestPeople.PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "customers.profile.email.taken"));
        assertThat(customers.byId(olga.id()).orElseThrow().email()).isEqualTo(olga.email());
    }

    @Test
    void invalidCorrectionIsRefusedWithFieldErrors() throws Exception {
        var quinn = newCustomer("Quinn Example");
        mvc.perform(post("/account/profile")
                        .with(quinn.signedIn())
                        .with(csrf())
                        .param("name", " ")
                        .param("email", quinn.email())
                        .param("phone", "no phone"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "name", "phone"));
        assertThat(customers.byId(quinn.id()).orElseThrow().name()).isEqualTo("Quinn Example");
    }

    @Test
    void addressBookAddsEditsChoosesDefaultAndDeletes() throws Exception {
        var rosa = newCustomer("Rosa Example");

        mvc.perform(get("/account/addresses").with(rosa.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"DE\">Germany</option>")))
                .andExpect(content().string(containsString("<option value=\"US\">United States</option>")))
                .andExpect(content().string(containsString("<label for=\"postalCode\"")));

        mvc.perform(address("/account/addresses", "Rosa Example", "Home Street 1", "de")
                        .with(rosa.signedIn())
                        .param("phone", "+49 30 111"))
                .andExpect(redirectedUrl("/account/addresses"));
        mvc.perform(address("/account/addresses", "Rosa at Work", "Office Road 2", "AT")
                        .with(rosa.signedIn()))
                .andExpect(redirectedUrl("/account/addresses"));

        assertThat(customers.addresses(rosa.id()))
                .extracting(PostalAddress::line1, PostalAddress::country)
                .as("the first address is the default and comes first")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Home Street 1", "DE"),
                        org.assertj.core.groups.Tuple.tuple("Office Road 2", "AT"));

        var office = addressId(rosa.id(), "Office Road 2");
        mvc.perform(post("/account/addresses/" + office + "/default")
                        .with(rosa.signedIn())
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/addresses"));
        assertThat(customers.addresses(rosa.id()))
                .extracting(PostalAddress::line1)
                .containsExactly("Office Road 2", "Home Street 1");

        mvc.perform(get("/account/addresses/" + office).with(rosa.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Office Road 2\"")));
        mvc.perform(address("/account/addresses/" + office, "Rosa at Work", "Office Road 22", "AT")
                        .with(rosa.signedIn())
                        .param("line2", "3rd floor"))
                .andExpect(redirectedUrl("/account/addresses"));
        assertThat(customers.addresses(rosa.id()).getFirst())
                .isEqualTo(new PostalAddress(
                        "Rosa at Work", "Office Road 22", "3rd floor", "10115", "Berlin", "AT", null));

        mvc.perform(post("/account/addresses/" + office + "/delete")
                        .with(rosa.signedIn())
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/addresses"));
        assertThat(customers.addresses(rosa.id()))
                .extracting(PostalAddress::line1)
                .containsExactly("Home Street 1");
        assertThat(jdbc.sql("SELECT is_default FROM account_addresses WHERE account_id = ?")
                        .param(rosa.id().value())
                        .query(Boolean.class)
                        .single())
                .as("the remaining address became the default")
                .isTrue();
    }

    @Test
    void invalidAddressIsRefusedWithFieldErrorsAndNothingStored() throws Exception {
        var sam = newCustomer("Sam Example");
        mvc.perform(post("/account/addresses")
                        .with(sam.signedIn())
                        .with(csrf())
                        .param("name", "Sam Example")
                        .param("line1", "")
                        .param("postalCode", "<script>")
                        .param("city", "Springfield")
                        .param("country", "XX")
                        .param("phone", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "line1", "postalCode", "country", "phone"))
                .andExpect(content().string(containsString("We cannot deliver to that country")))
                .andExpect(content().string(containsString("aria-describedby=\"country-error\"")));
        mvc.perform(address("/account/addresses", "Sam Example", "x".repeat(201), "US")
                        .with(sam.signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "line1"));
        assertThat(addressRowsOf(sam.id())).isZero();
    }

    @Test
    void addressWithoutCsrfTokenIsRefused() throws Exception {
        var tara = newCustomer("Tara Example");
        mvc.perform(post("/account/addresses")
                        .with(tara.signedIn())
                        .param("name", "Tara Example")
                        .param("line1", "Main Street 1")
                        .param("postalCode", "10115")
                        .param("city", "Berlin")
                        .param("country", "DE"))
                .andExpect(status().isForbidden());
        assertThat(addressRowsOf(tara.id())).isZero();
    }

    @Test
    void anotherCustomersAddressIsNotFoundAndStaysUntouched() throws Exception {
        var owner = newCustomer("Uma Owner");
        var intruder = newCustomer("Vic Intruder");
        accounts.addAddress(
                owner.email(), new PostalAddress("Uma Owner", "Private Lane 7", null, "75001", "Paris", "FR", null));
        accounts.addAddress(
                owner.email(), new PostalAddress("Uma Owner", "Second Lane 8", null, "75002", "Paris", "FR", null));
        var foreign = addressId(owner.id(), "Second Lane 8");

        mvc.perform(get("/account/addresses/" + foreign).with(intruder.signedIn()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Second Lane 8"))));
        mvc.perform(address("/account/addresses/" + foreign, "Vic", "Taken Over 1", "FR")
                        .with(intruder.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/addresses/" + foreign + "/default")
                        .with(intruder.signedIn())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/addresses/" + foreign + "/delete")
                        .with(intruder.signedIn())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account/addresses/" + UUID.randomUUID()).with(owner.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account/addresses/not-a-uuid").with(owner.signedIn())).andExpect(status().isBadRequest());

        assertThat(customers.addresses(owner.id()))
                .extracting(PostalAddress::line1)
                .containsExactly("Private Lane 7", "Second Lane 8");
        assertThat(customers.addresses(intruder.id())).isEmpty();
    }
}
