package shop.atelier.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import shop.atelier.customers.CustomersIntegrationTest;
import shop.atelier.customers.TestPeople;
import shop.atelier.customers.internal.BootstrapPlan.Entry;
import shop.atelier.platform.Roles;

/** The staff accounts of the configuration exist after start, and creating them is safe to repeat. */
@CustomersIntegrationTest
class BootstrapAccountsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Clock clock;

    String roles(String email) {
        return jdbc.sql("SELECT array_to_string(roles, ',') FROM accounts WHERE email = ?")
                .param(email)
                .query(String.class)
                .single();
    }

    String hash(String email) {
        return jdbc.sql("SELECT password_hash FROM accounts WHERE email = ?")
                .param(email)
                .query(String.class)
                .single();
    }

    @Test
    void defaultProfileStartsWithTheDemoAdminAndStaff() {
        assertThat(roles("admin@atelier.example")).isEqualTo(Roles.ADMIN);
        assertThat(roles("staff@atelier.example")).isEqualTo(Roles.STAFF);
        assertThat(hash("admin@atelier.example")).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("admin-demo-password", hash("admin@atelier.example")))
                .isTrue();
        assertThat(passwordEncoder.matches("staff-demo-password", hash("staff@atelier.example")))
                .isTrue();
    }

    @Test
    void anExistingAccountIsNeverChanged() {
        var email = TestPeople.email("boss");
        BootstrapAccounts.create(plan(email, "first long secret"), jdbc, passwordEncoder, clock);
        BootstrapAccounts.create(plan(email, "second long secret"), jdbc, passwordEncoder, clock);
        assertThat(passwordEncoder.matches("first long secret", hash(email))).isTrue();
    }

    @Test
    void twoNodesStartingAtOnceCreateOneAccount() throws Exception {
        var email = TestPeople.email("race");
        var barrier = new CyclicBarrier(2);
        Runnable node = () -> {
            try {
                barrier.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            BootstrapAccounts.create(plan(email, "a long admin secret"), jdbc, passwordEncoder, clock);
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(node), CompletableFuture.runAsync(node))
                .get();
        assertThat(jdbc.sql("SELECT count(*) FROM accounts WHERE email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    static BootstrapPlan plan(String email, String password) {
        return new BootstrapPlan(List.of(new Entry(email.toLowerCase(), "Boss", Roles.ADMIN, password, false)));
    }
}
