package shop.atelier.privacy.internal.policy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.platform.BusinessRuleException;
import shop.atelier.platform.SecretToken;

/**
 * The notice of a material policy change (promise V1): a signed-in person sees the latest material
 * version on every page until they dismiss it, and not again after. What a person dismissed is kept
 * under the SHA-256 of their lower-case sign-in name (their email address), one row per person.
 * Pages get a {@link PendingNotice} for the signed-in person as {@code policyNotice}.
 */
@Component
@Transactional
public class PolicyNotices {

    private final JdbcClient jdbc;
    private final PolicyLibrary library;
    private final Clock clock;

    PolicyNotices(JdbcClient jdbc, PolicyLibrary library, Clock clock) {
        this.jdbc = jdbc;
        this.library = library;
        this.clock = clock;
    }

    /** The notice for this person, looked up only if a page shows it. */
    public PendingNotice noticeFor(String principalName) {
        return new PendingNotice(this, principalName);
    }

    /** The material version this person has not yet dismissed the notice of, if any. */
    @Transactional(readOnly = true)
    public Optional<PolicyVersion> pendingFor(String principalName) {
        var material = library.latestMaterial();
        if (material.isEmpty()) {
            return Optional.empty();
        }
        var acknowledged = jdbc.sql("select version from privacy_policy_acknowledgments where principal_hash = :hash")
                .param("hash", hash(principalName))
                .query(String.class)
                .optional();
        return acknowledged.filter(material.get().label()::equals).isPresent() ? Optional.empty() : material;
    }

    /**
     * Records that the person dismissed the notice of this version. Only the notice showing now can be
     * dismissed: an older or unknown label is refused, so a stale page cannot hide a newer change.
     */
    public void acknowledge(String principalName, String label) {
        var material = library.latestMaterial()
                .filter(version -> version.label().equals(label))
                .orElseThrow(() -> new NoticeNotShowing(label));
        jdbc.sql("""
                        insert into privacy_policy_acknowledgments (principal_hash, version, acknowledged_at)
                        values (:hash, :version, :at)
                        on conflict (principal_hash) do update
                            set version = excluded.version, acknowledged_at = excluded.acknowledged_at""")
                .param("hash", hash(principalName))
                .param("version", material.label())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** The version whose notice the person dismissed last, and when; for their access request. */
    @Transactional(readOnly = true)
    public Optional<Acknowledgment> acknowledged(String principalName) {
        return jdbc.sql(
                        "select version, acknowledged_at from privacy_policy_acknowledgments where principal_hash = :hash")
                .param("hash", hash(principalName))
                .query((rs, row) -> new Acknowledgment(
                        rs.getString("version"),
                        rs.getTimestamp("acknowledged_at").toInstant()))
                .optional();
    }

    /** The person dismissed the notice of a material change to this version at this time. */
    public record Acknowledgment(String version, Instant at) {}

    /** Forgets what the person dismissed, e.g. when their account is erased. */
    public int forget(String principalName) {
        return jdbc.sql("delete from privacy_policy_acknowledgments where principal_hash = :hash")
                .param("hash", hash(principalName))
                .update();
    }

    static byte[] hash(String principalName) {
        return SecretToken.sha256(principalName.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /** The notice named is not the one showing now. */
    public static class NoticeNotShowing extends BusinessRuleException {
        public NoticeNotShowing(String label) {
            super("No notice of policy version " + label + " is showing");
        }
    }
}
