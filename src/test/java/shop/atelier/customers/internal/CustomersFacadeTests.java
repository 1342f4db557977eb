package shop.atelier.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.Customers;
import shop.atelier.customers.CustomersIntegrationTest;
import shop.atelier.customers.PostalAddress;
import shop.atelier.customers.TestPeople;

/** What other modules see through the {@link Customers} facade. */
@CustomersIntegrationTest
class CustomersFacadeTests {

    @Autowired
    Customers customers;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signIn(String email) {
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void signedInCustomerIsKnown() {
        var email = TestPeople.email("yara");
        var profile = accounts.register("Yara Example", email, "+39 06 1234", TestPeople.PASSWORD);
        signIn(email);
        assertThat(customers.signedIn()).contains(profile);
        assertThat(profile.email()).isEqualTo(email.toLowerCase());
        assertThat(profile.phone()).isEqualTo("+39 06 1234");
    }

    @Test
    void staffAndAnonymousVisitorsAreNoCustomers() {
        assertThat(customers.signedIn()).isEmpty();
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(customers.signedIn()).isEmpty();
        signIn("admin@atelier.example");
        assertThat(customers.signedIn()).isEmpty();
    }

    @Test
    void byIdFindsCustomersOnly() {
        var email = TestPeople.email("zoe");
        var profile = accounts.register("Zoe Example", email, null, TestPeople.PASSWORD);
        assertThat(customers.byId(profile.id())).contains(profile);
        assertThat(customers.byId(CustomerId.random())).isEmpty();
        assertThat(customers.byId(accounts.profile("staff@atelier.example").id()))
                .as("staff are no customers")
                .isEmpty();
    }

    @Test
    void addressesComeDefaultFirst() {
        var email = TestPeople.email("abe");
        var profile = accounts.register("Abe Example", email, null, TestPeople.PASSWORD);
        assertThat(customers.addresses(profile.id())).isEmpty();
        var home = new PostalAddress("Abe Example", "Home 1", null, "1010", "Wien", "AT", null);
        var shop = new PostalAddress("Abe Example", "Shop 2", "Back door", "1020", "Wien", "AT", "+43 1 99");
        accounts.addAddress(email, home);
        var second = accounts.addAddress(email, shop);
        assertThat(customers.addresses(profile.id())).containsExactly(home, shop);
        accounts.makeDefault(email, second.id());
        assertThat(customers.addresses(profile.id())).containsExactly(shop, home);
    }
}
