package shop.atelier.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shop.atelier.customers.internal.PasswordPolicy.Problem;

class PasswordPolicyTests {

    @Test
    void acceptsLongUncommonPasswords() {
        assertThat(PasswordPolicy.check("correct horse battery", "anna@example.com"))
                .isEmpty();
        assertThat(PasswordPolicy.check("Tr0ub4dor&3xyz", null)).isEmpty();
        assertThat(PasswordPolicy.check("zebra mango kettle", null)).isEmpty();
        assertThat(PasswordPolicy.check("x".repeat(PasswordPolicy.MIN_LENGTH - 3) + "y7!", null))
                .isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.check("nine char", null)).contains(Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check("", null)).contains(Problem.TOO_SHORT);
    }

    @Test
    void refusesWhatBcryptWouldCutOff() {
        assertThat(PasswordPolicy.check("a".repeat(30) + "b".repeat(35), null)).contains(Problem.TOO_LONG);
        // 40 characters, but 80 bytes in UTF-8: bcrypt would ignore the end.
        assertThat(PasswordPolicy.check("ü".repeat(20) + "ö".repeat(20), null)).contains(Problem.TOO_LONG);
    }

    @Test
    void refusesCommonAndPredictablePasswords() {
        assertThat(PasswordPolicy.check("Password123", null)).contains(Problem.TOO_COMMON);
        assertThat(PasswordPolicy.check("QWERTYUIOP", null)).contains(Problem.TOO_COMMON);
        assertThat(PasswordPolicy.check("aaaaaaaaaaaa", null)).contains(Problem.TOO_COMMON);
        assertThat(PasswordPolicy.check("abababababab", null)).contains(Problem.TOO_COMMON);
        assertThat(PasswordPolicy.check("abcdefghijklm", null)).contains(Problem.TOO_COMMON);
        assertThat(PasswordPolicy.check("9876543210", null)).contains(Problem.TOO_COMMON);
    }

    @Test
    void refusesTheEmailAddress() {
        assertThat(PasswordPolicy.check("anna@example.com", "Anna@Example.com")).contains(Problem.CONTAINS_EMAIL);
        assertThat(PasswordPolicy.check("my anna@example.com!", "anna@example.com"))
                .contains(Problem.CONTAINS_EMAIL);
        assertThat(PasswordPolicy.check("annabellelee", "annabellelee@example.com"))
                .contains(Problem.CONTAINS_EMAIL);
    }
}
