package shop.atelier.privacy.internal.cookies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.privacy.CookieCategory;
import shop.atelier.privacy.PolicyVersions;
import shop.atelier.privacy.internal.PrivacyTest;

/** The proof of cookie choices: append-only, latest counts, tied to the cookie list in force. */
@PrivacyTest
class ConsentRegisterTests {

    @Autowired
    ConsentRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PolicyVersions policy;

    @Test
    void aNewCookieListVersionFromThePropertyMakesEarlierChoicesCountNoMore() {
        var id = UUID.randomUUID();
        register.record(id, Set.of(CookieCategory.ANALYTICS), ConsentMethod.SETTINGS, false);
        var next = register.cookieListVersion() + "-next";
        var nextList = new ConsentRegister(jdbc, clock, policy, next);

        assertThat(register.current(id)).isPresent();
        assertThat(nextList.current(id)).isEmpty();
        assertThat(nextList.record(id, Set.of(), ConsentMethod.BANNER_REJECT_ALL, false)
                        .cookieListVersion())
                .isEqualTo(next);
        assertThat(nextList.current(id)).isPresent();
    }

    @Test
    void theCookieListVersionDefaultsToOne() {
        assertThat(register.cookieListVersion()).isEqualTo("1");
    }

    @Test
    void globalPrivacyControlAndNecessaryAreNeverStoredAsAllowed() {
        var id = UUID.randomUUID();
        var stored = register.record(id, EnumSet.allOf(CookieCategory.class), ConsentMethod.BANNER_ACCEPT_ALL, true);

        assertThat(stored.allowed()).containsExactly(CookieCategory.PREFERENCES);
        assertThat(register.latest(id).orElseThrow().allowed()).containsExactly(CookieCategory.PREFERENCES);
    }
}
