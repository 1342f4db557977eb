package shop.atelier.privacy.internal.cookies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shop.atelier.privacy.CookieCategory;
import shop.atelier.privacy.PolicyVersions;

/**
 * The server-side proof of cookie choices (promise K2): append-only, the latest row of a consent id
 * counts. A choice made for an older cookie list ({@code atelier.privacy.cookie-list-version}) no
 * longer counts, so the banner asks again when the list changes. Under Global Privacy Control the
 * stored choice never allows analytics or personalization, whatever was clicked.
 */
@Component
public class ConsentRegister {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PolicyVersions policy;
    private final String cookieListVersion;

    ConsentRegister(
            JdbcClient jdbc,
            Clock clock,
            PolicyVersions policy,
            @Value("${atelier.privacy.cookie-list-version:1}") String cookieListVersion) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = policy;
        this.cookieListVersion = cookieListVersion;
    }

    public String cookieListVersion() {
        return cookieListVersion;
    }

    public ConsentRecord record(UUID consentId, Set<CookieCategory> allowed, ConsentMethod method, boolean gpc) {
        var kept = EnumSet.noneOf(CookieCategory.class);
        for (var category : allowed) {
            if (category.optional() && !(gpc && category.refusedUnderGpc())) {
                kept.add(category);
            }
        }
        var entry =
                new ConsentRecord(consentId, kept, method, gpc, policy.current(), cookieListVersion, clock.instant());
        jdbc.sql("""
                        insert into privacy_cookie_consents (consent_id, preferences, analytics, personalization,
                            method, gpc, policy_version, cookie_list_version, recorded_at)
                        values (:id, :preferences, :analytics, :personalization, :method, :gpc, :policy, :list, :at)
                        """)
                .param("id", consentId)
                .param("preferences", kept.contains(CookieCategory.PREFERENCES))
                .param("analytics", kept.contains(CookieCategory.ANALYTICS))
                .param("personalization", kept.contains(CookieCategory.PERSONALIZATION))
                .param("method", method.name())
                .param("gpc", gpc)
                .param("policy", entry.policyVersion())
                .param("list", cookieListVersion)
                .param("at", java.sql.Timestamp.from(entry.recordedAt()))
                .update();
        return entry;
    }

    /** The latest choice of this id, whichever cookie list it was made for. */
    public Optional<ConsentRecord> latest(UUID consentId) {
        return jdbc.sql("""
                        select * from privacy_cookie_consents where consent_id = :id order by seq desc limit 1
                        """).param("id", consentId).query(ConsentRegister::map).optional();
    }

    /** The latest choice of this id if it was made for the cookie list in force. */
    public Optional<ConsentRecord> current(UUID consentId) {
        return latest(consentId).filter(r -> r.cookieListVersion().equals(cookieListVersion));
    }

    private static ConsentRecord map(ResultSet rs, int row) throws SQLException {
        var allowed = EnumSet.noneOf(CookieCategory.class);
        if (rs.getBoolean("preferences")) {
            allowed.add(CookieCategory.PREFERENCES);
        }
        if (rs.getBoolean("analytics")) {
            allowed.add(CookieCategory.ANALYTICS);
        }
        if (rs.getBoolean("personalization")) {
            allowed.add(CookieCategory.PERSONALIZATION);
        }
        return new ConsentRecord(
                rs.getObject("consent_id", UUID.class),
                allowed,
                ConsentMethod.valueOf(rs.getString("method")),
                rs.getBoolean("gpc"),
                rs.getString("policy_version"),
                rs.getString("cookie_list_version"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
