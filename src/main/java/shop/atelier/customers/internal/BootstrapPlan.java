package shop.atelier.customers.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import shop.atelier.platform.Roles;

/**
 * The staff accounts to create on first start, read from configuration:
 *
 * <ul>
 *   <li>{@code atelier.bootstrap.admin.email} (default {@value #DEFAULT_ADMIN_EMAIL}) and {@code
 *       atelier.bootstrap.admin.password}: an ADMIN account;
 *   <li>{@code atelier.bootstrap.staff.email} and {@code atelier.bootstrap.staff.password}: a STAFF
 *       account, if an email is set (in the default profile it is {@value #DEFAULT_STAFF_EMAIL}).
 * </ul>
 *
 * <p>Only in the default profile (no profile active, or only {@code test}) may a password be
 * missing: the demo passwords {@value #DEMO_ADMIN_PASSWORD} and {@value #DEMO_STAFF_PASSWORD} are
 * used then. With any other profile the shop refuses to start without an admin password, or with a
 * password the {@link PasswordPolicy} refuses, because a guessable admin password on a live shop
 * gives away every customer's data.
 */
record BootstrapPlan(List<Entry> entries) {

    static final String DEFAULT_ADMIN_EMAIL = "admin@atelier.example";
    static final String DEFAULT_STAFF_EMAIL = "staff@atelier.example";
    static final String DEMO_ADMIN_PASSWORD = "admin-demo-password";
    static final String DEMO_STAFF_PASSWORD = "staff-demo-password";
    private static final Set<String> DEFAULT_PROFILES = Set.of("default", "test");

    /**
     * @param demoPassword whether the password is the documented demo password
     */
    record Entry(String email, String name, String role, String password, boolean demoPassword) {

        @Override
        public String toString() {
            return "Entry[email=" + email + ", role=" + role + ", demoPassword=" + demoPassword + "]";
        }
    }

    BootstrapPlan {
        entries = List.copyOf(entries);
    }

    /** @throws BootstrapRefused if the configuration is not safe outside the default profile */
    static BootstrapPlan from(Environment environment) {
        var demo = isDefaultProfile(environment.getActiveProfiles());
        var entries = new ArrayList<Entry>();
        var adminEmail = text(environment.getProperty("atelier.bootstrap.admin.email"));
        entries.add(entry(
                adminEmail == null ? DEFAULT_ADMIN_EMAIL : adminEmail,
                "Administrator",
                Roles.ADMIN,
                "atelier.bootstrap.admin",
                text(environment.getProperty("atelier.bootstrap.admin.password")),
                DEMO_ADMIN_PASSWORD,
                demo));
        var staffEmail = text(environment.getProperty("atelier.bootstrap.staff.email"));
        if (staffEmail == null && demo) {
            staffEmail = DEFAULT_STAFF_EMAIL;
        }
        if (staffEmail != null) {
            entries.add(entry(
                    staffEmail,
                    "Shop staff",
                    Roles.STAFF,
                    "atelier.bootstrap.staff",
                    text(environment.getProperty("atelier.bootstrap.staff.password")),
                    DEMO_STAFF_PASSWORD,
                    demo));
        }
        return new BootstrapPlan(entries);
    }

    static boolean isDefaultProfile(String[] activeProfiles) {
        return Arrays.stream(activeProfiles).allMatch(DEFAULT_PROFILES::contains);
    }

    private static Entry entry(
            String email,
            String name,
            String role,
            String prefix,
            @Nullable String password,
            String demoPassword,
            boolean demo) {
        if (!email.contains("@")) {
            throw new BootstrapRefused(prefix + ".email is not an email address: " + email);
        }
        if (password == null) {
            if (!demo) {
                throw new BootstrapRefused("No password is set for " + email + ". Set " + prefix
                        + ".password (environment variable " + environmentVariable(prefix)
                        + "_PASSWORD) before starting the shop with a profile other than the default."
                        + " Demo passwords are only used when no profile is active.");
            }
            return new Entry(Emails.normalize(email), name, role, demoPassword, true);
        }
        if (!demo) {
            PasswordPolicy.check(password, email).ifPresent(problem -> {
                throw new BootstrapRefused(prefix + ".password is not accepted (" + problem
                        + "): use at least " + PasswordPolicy.MIN_LENGTH + " and at most "
                        + PasswordPolicy.MAX_LENGTH + " characters, not a common password.");
            });
        }
        return new Entry(Emails.normalize(email), name, role, password, false);
    }

    private static String environmentVariable(String prefix) {
        return prefix.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The configuration would start a live shop with an unsafe staff account. */
    static class BootstrapRefused extends IllegalStateException {

        BootstrapRefused(String message) {
            super("Atelier refuses to start: " + message);
        }
    }
}
