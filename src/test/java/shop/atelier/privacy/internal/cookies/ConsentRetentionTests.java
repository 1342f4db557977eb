package shop.atelier.privacy.internal.cookies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.privacy.PolicyVersions;
import shop.atelier.privacy.internal.PrivacyTest;

/** The proof of a cookie choice is kept two years, as the data map says, then deleted. */
@PrivacyTest
class ConsentRetentionTests {

    @Autowired
    ConsentRegister register;

    @Autowired
    ConsentRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PolicyVersions policy;

    @Test
    void choicesOlderThanTwoYearsAreDeletedAndNewerOnesKept() {
        var old = UUID.randomUUID();
        var recent = UUID.randomUUID();
        var twoYearsAndADayAgo = Clock.offset(clock, Duration.ofDays(-731));
        new ConsentRegister(jdbc, twoYearsAndADayAgo, policy, register.cookieListVersion())
                .record(old, Set.of(), ConsentMethod.BANNER_REJECT_ALL, false);
        new ConsentRegister(jdbc, Clock.offset(clock, Duration.ofDays(-700)), policy, register.cookieListVersion())
                .record(recent, Set.of(), ConsentMethod.BANNER_REJECT_ALL, false);

        assertThat(retention.deleteExpired()).isPositive();

        assertThat(rowsOf(old)).isZero();
        assertThat(rowsOf(recent)).isOne();
    }

    private int rowsOf(UUID id) {
        return jdbc.sql("select count(*) from privacy_cookie_consents where consent_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
