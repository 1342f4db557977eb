package shop.atelier.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;
import shop.atelier.AtelierApplication;
import shop.atelier.customers.internal.BootstrapPlan.BootstrapRefused;
import shop.atelier.customers.internal.BootstrapPlan.Entry;
import shop.atelier.platform.Roles;

/** Which staff accounts a start creates, and when the shop refuses to start at all. */
class BootstrapPlanTests {

    static MockEnvironment environment(String... profiles) {
        var environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }

    @Test
    void defaultProfileFallsBackToTheDocumentedDemoAccounts() {
        for (var profiles : new String[][] {{}, {"test"}}) {
            var plan = BootstrapPlan.from(environment(profiles));
            assertThat(plan.entries())
                    .containsExactly(
                            new Entry(
                                    "admin@atelier.example", "Administrator", Roles.ADMIN, "admin-demo-password", true),
                            new Entry("staff@atelier.example", "Shop staff", Roles.STAFF, "staff-demo-password", true));
        }
    }

    @Test
    void configuredAccountsAreUsedInTheDefaultProfile() {
        var environment = environment()
                .withProperty("atelier.bootstrap.admin.email", " Boss@Shop.example ")
                .withProperty("atelier.bootstrap.admin.password", "a long admin secret");
        var plan = BootstrapPlan.from(environment);
        assertThat(plan.entries().getFirst())
                .isEqualTo(new Entry("boss@shop.example", "Administrator", Roles.ADMIN, "a long admin secret", false));
    }

    @Test
    void anyOtherProfileRefusesToStartWithoutAnAdminPassword() {
        assertThatThrownBy(() -> BootstrapPlan.from(environment("prod")))
                .isInstanceOf(BootstrapRefused.class)
                .hasMessageContaining("refuses to start")
                .hasMessageContaining("atelier.bootstrap.admin.password")
                .hasMessageContaining("ATELIER_BOOTSTRAP_ADMIN_PASSWORD");
        assertThatThrownBy(() -> BootstrapPlan.from(environment("test", "demo")))
                .isInstanceOf(BootstrapRefused.class);
    }

    @Test
    void anyOtherProfileRefusesAWeakAdminPassword() {
        var environment = environment("prod").withProperty("atelier.bootstrap.admin.password", "password123");
        assertThatThrownBy(() -> BootstrapPlan.from(environment))
                .isInstanceOf(BootstrapRefused.class)
                .hasMessageContaining("atelier.bootstrap.admin.password is not accepted");
    }

    @Test
    void productionCreatesOnlyWhatIsConfigured() {
        var adminOnly = environment("prod").withProperty("atelier.bootstrap.admin.password", "a long admin secret");
        assertThat(BootstrapPlan.from(adminOnly).entries()).singleElement().satisfies(entry -> {
            assertThat(entry.email()).isEqualTo("admin@atelier.example");
            assertThat(entry.demoPassword()).isFalse();
        });

        var withStaff = environment("prod")
                .withProperty("atelier.bootstrap.admin.password", "a long admin secret")
                .withProperty("atelier.bootstrap.staff.email", "team@shop.example")
                .withProperty("atelier.bootstrap.staff.password", "a long staff secret");
        assertThat(BootstrapPlan.from(withStaff).entries())
                .extracting(Entry::email, Entry::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("admin@atelier.example", Roles.ADMIN),
                        org.assertj.core.groups.Tuple.tuple("team@shop.example", Roles.STAFF));
    }

    @Test
    void productionRefusesAStaffEmailWithoutPassword() {
        var environment = environment("prod")
                .withProperty("atelier.bootstrap.admin.password", "a long admin secret")
                .withProperty("atelier.bootstrap.staff.email", "team@shop.example");
        assertThatThrownBy(() -> BootstrapPlan.from(environment))
                .isInstanceOf(BootstrapRefused.class)
                .hasMessageContaining("atelier.bootstrap.staff.password");
    }

    @Test
    void passwordsNeverAppearInTheEntryDescription() {
        var entry = new Entry("a@b.example", "A", Roles.ADMIN, "a long admin secret", false);
        assertThat(entry.toString()).doesNotContain("a long admin secret");
    }

    @Test
    void contextWithTheProdProfileFailsBeforeAnyBeanIsCreated() {
        new ApplicationContextRunner()
                .withUserConfiguration(BootstrapAccounts.class)
                .withPropertyValues("spring.profiles.active=prod")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .isInstanceOf(BootstrapRefused.class)
                        .hasMessageContaining("atelier.bootstrap.admin.password"));
    }

    @Test
    void theApplicationRefusesToStartWithTheProdProfileAndNoAdminPassword() {
        var application = new SpringApplicationBuilder(AtelierApplication.class)
                .profiles("prod")
                .properties("server.port=0", "atelier.database.embedded.temporary=true");
        assertThatThrownBy(application::run)
                .isInstanceOf(BootstrapRefused.class)
                .hasMessageContaining("Atelier refuses to start")
                .hasMessageContaining("atelier.bootstrap.admin.password");
    }
}
