package shop.atelier.customers.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates the staff accounts of the {@link BootstrapPlan} on start, unless an account with that
 * email exists (an existing account is never changed, so a password changed later stays changed).
 * Nodes starting at once are safe: the insert skips an email another node just created.
 *
 * <p>The plan is checked before any other bean is created, so a misconfigured live shop fails at
 * once with a clear message instead of after starting its database.
 */
@Configuration(proxyBeanMethods = false)
class BootstrapAccounts {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAccounts.class);

    /** Fails the start before the database or the web server is up. */
    @Bean
    static BeanFactoryPostProcessor bootstrapPlanCheck() {
        return beanFactory -> BootstrapPlan.from(beanFactory.getBean(Environment.class));
    }

    @Bean
    SmartInitializingSingleton bootstrapAccountsCreator(
            Environment environment, JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        return () -> create(BootstrapPlan.from(environment), jdbc, passwordEncoder, clock);
    }

    static void create(BootstrapPlan plan, JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        for (var entry : plan.entries()) {
            var exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM accounts WHERE email = ?)")
                    .param(entry.email())
                    .query(Boolean.class)
                    .single();
            if (exists) {
                continue;
            }
            var created = jdbc.sql("INSERT INTO accounts"
                            + " (id, email, name, phone, password_hash, roles, enabled, created_at, version)"
                            + " VALUES (?, ?, ?, NULL, ?, ?, true, ?, 0) ON CONFLICT (email) DO NOTHING")
                    .params(
                            UUID.randomUUID(),
                            entry.email(),
                            entry.name(),
                            passwordEncoder.encode(entry.password()),
                            new String[] {entry.role()},
                            Timestamp.from(clock.instant()))
                    .update();
            if (created == 1 && entry.demoPassword()) {
                log.warn(
                        "Created the {} account {} with the demo password '{}'. Set atelier.bootstrap.{}.password"
                                + " for anything but a local trial.",
                        entry.role(),
                        entry.email(),
                        entry.password(),
                        entry.role().toLowerCase(Locale.ROOT));
            } else if (created == 1) {
                log.info("Created the {} account {}", entry.role(), entry.email());
            }
        }
    }
}
