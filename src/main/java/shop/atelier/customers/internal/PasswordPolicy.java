package shop.atelier.customers.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a new password must be: long enough to resist guessing, short enough for bcrypt (which reads
 * at most 72 bytes), not one of the passwords every attacker tries first, and not the email address.
 * Length beats composition rules, so there are none of those (NIST SP 800-63B).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 64;
    private static final int MAX_BCRYPT_BYTES = 72;

    /** Why a password is refused; each has a message in the bundle under {@code customers.password.<code>}. */
    public enum Problem {
        TOO_SHORT("too-short"),
        TOO_LONG("too-long"),
        TOO_COMMON("too-common"),
        CONTAINS_EMAIL("contains-email");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        /** The message key, with {@link #MIN_LENGTH} and {@link #MAX_LENGTH} as arguments. */
        public String messageKey() {
            return "customers.password." + code;
        }
    }

    /**
     * Passwords of ten or more characters that lead the published lists of leaked passwords, and
     * predictable variants of the shop's own name. Shorter ones are refused by length anyway.
     */
    private static final Set<String> COMMON = Set.of(
            "1234567890",
            "12345678910",
            "123456789a",
            "0123456789",
            "0987654321",
            "1111111111",
            "1q2w3e4r5t",
            "1qaz2wsx3edc",
            "qwertyuiop",
            "qwertyuiop1",
            "qwerty1234",
            "qwerty12345",
            "qwerty123456",
            "asdfghjkl1",
            "zxcvbnm123",
            "password12",
            "password123",
            "password1234",
            "password!1",
            "passw0rd123",
            "p@ssw0rd123",
            "iloveyou12",
            "iloveyou123",
            "abcdefghij",
            "abcd123456",
            "abc1234567",
            "a123456789",
            "letmein123",
            "welcome123",
            "welcome1234",
            "changeme123",
            "football123",
            "baseball123",
            "sunshine123",
            "princess123",
            "superman123",
            "trustno1234",
            "starwars123",
            "dragon1234",
            "monkey1234",
            "master1234",
            "computer123",
            "internet123",
            "administrator",
            "admin12345",
            "admin123456",
            "adminadmin",
            "rootroot12",
            "secret1234",
            "qazwsxedc123",
            "atelier123",
            "atelier1234",
            "atelierdemo");

    private PasswordPolicy() {}

    public static Optional<Problem> check(String password, @Nullable String email) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BCRYPT_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || fewDistinctCharacters(lower) || runOfNeighbours(lower)) {
            return Optional.of(Problem.TOO_COMMON);
        }
        if (email != null && !email.isBlank()) {
            var normalized = Emails.normalize(email);
            var localPart = normalized.contains("@") ? normalized.substring(0, normalized.indexOf('@')) : normalized;
            if (lower.contains(normalized) || (localPart.length() >= 4 && lower.equals(localPart))) {
                return Optional.of(Problem.CONTAINS_EMAIL);
            }
        }
        return Optional.empty();
    }

    private static boolean fewDistinctCharacters(String password) {
        return password.chars().distinct().count() <= 2;
    }

    /** "abcdefghijk", "9876543210": every character one step from the previous one. */
    private static boolean runOfNeighbours(String password) {
        int step = password.charAt(1) - password.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < password.length(); i++) {
            if (password.charAt(i) - password.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
