package shop.atelier.authz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpectationTests {

    @Test
    void refusalsBySecurityAreDenials() {
        assertThat(Expectation.DENY.isMetBy(401, null)).isTrue();
        assertThat(Expectation.DENY.isMetBy(403, null)).isTrue();
        assertThat(Expectation.DENY.isMetBy(302, "http://localhost/login")).isTrue();
        assertThat(Expectation.DENY.isMetBy(302, "/login?error")).isTrue();
        assertThat(Expectation.DENY.isMetBy(404, null)).isFalse();
        assertThat(Expectation.DENY.isMetBy(303, "/login-help")).isFalse();
    }

    @Test
    void anythingPastSecurityIsAllowedEvenAnError() {
        assertThat(Expectation.ALLOW.isMetBy(200, null)).isTrue();
        assertThat(Expectation.ALLOW.isMetBy(400, null)).isTrue();
        assertThat(Expectation.ALLOW.isMetBy(404, null)).isTrue();
        assertThat(Expectation.ALLOW.isMetBy(303, "/account")).isTrue();
        assertThat(Expectation.ALLOW.isMetBy(302, "/login")).isFalse();
    }

    @Test
    void theOwnerGetsPastTheOwnerCheckAndOthersAreToldNothingExists() {
        assertThat(Expectation.OWN.isMetBy(409, null)).isTrue();
        assertThat(Expectation.OWN.isMetBy(404, null)).isFalse();
        assertThat(Expectation.OWN.isMetBy(403, null)).isFalse();
        assertThat(Expectation.HIDDEN.isMetBy(404, null)).isTrue();
        assertThat(Expectation.HIDDEN.isMetBy(403, null)).isTrue();
        assertThat(Expectation.HIDDEN.isMetBy(200, null)).isFalse();
        assertThat(Expectation.HIDDEN.isMetBy(400, null)).isFalse();
    }

    @Test
    void aWebhookRefusesAnUnsignedCallItself() {
        assertThat(Expectation.SIGNED.isMetBy(401, null)).isTrue();
        assertThat(Expectation.SIGNED.isMetBy(400, null)).isTrue();
        assertThat(Expectation.SIGNED.isMetBy(200, null)).isFalse();
        assertThat(Expectation.SIGNED.isMetBy(302, "/login")).isFalse();
    }
}
