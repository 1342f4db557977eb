package shop.atelier.uploads.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.platform.NotFoundException;
import shop.atelier.privacy.PolicyVersions;
import shop.atelier.uploads.MarketingConsent;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialId;

/**
 * The history of each material's marketing consent (promise M1): rows are only added, the latest
 * counts, none means no. Rows go with their material (the foreign key cascades), so a deleted or
 * shredded material leaves no consent behind.
 */
class MarketingConsents {

    /** A consented material, as the gallery shows it. */
    record Consented(Material material, boolean hasThumbnail, Instant consentedAt) {}

    private final JdbcClient jdbc;
    private final PolicyVersions policy;
    private final Clock clock;

    MarketingConsents(JdbcClient jdbc, PolicyVersions policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    MarketingConsent current(MaterialId id) {
        return jdbc.sql("""
                        select * from upload_marketing_consents where material_id = :id
                        order by id desc limit 1""")
                .param("id", id.value())
                .query(MarketingConsents::consent)
                .optional()
                .orElseGet(() -> MarketingConsent.none(id));
    }

    List<MarketingConsent> history(MaterialId id) {
        return jdbc.sql("select * from upload_marketing_consents where material_id = :id order by id")
                .param("id", id.value())
                .query(MarketingConsents::consent)
                .list();
    }

    MarketingConsent record(MaterialId id, boolean allowed, String method) {
        if (!method.matches("[a-z][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException(
                    "consent method must be lower-case letters, digits or dashes: " + method);
        }
        var decidedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var policyVersion = policy.current();
        var inserted = jdbc.sql("""
                        insert into upload_marketing_consents (material_id, allowed, decided_at, policy_version, method)
                        select id, :allowed, :decidedAt, :policyVersion, :method from upload_materials where id = :id""")
                .param("id", id.value())
                .param("allowed", allowed)
                .param("decidedAt", Timestamp.from(decidedAt))
                .param("policyVersion", policyVersion)
                .param("method", method)
                .update();
        if (inserted == 0) {
            throw new NotFoundException("no material " + id);
        }
        return new MarketingConsent(id, allowed, decidedAt, policyVersion, method);
    }

    /**
     * Materials whose latest choice allows marketing, most recently consented first. A query every
     * time: a revocation hides a material at once.
     */
    List<Consented> consented(int offset, int limit) {
        return jdbc.sql("""
                        select m.*, latest.decided_at as consented_at
                        from (select distinct on (material_id) material_id, allowed, decided_at, id
                              from upload_marketing_consents
                              order by material_id, id desc) latest
                        join upload_materials m on m.id = latest.material_id
                        where latest.allowed
                        order by latest.id desc
                        offset :offset limit :limit""")
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new Consented(
                        UploadsService.material(rs, n),
                        rs.getObject("thumbnail_size") != null,
                        rs.getTimestamp("consented_at").toInstant()))
                .list();
    }

    private static MarketingConsent consent(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MarketingConsent(
                new MaterialId(rs.getObject("material_id", UUID.class)),
                rs.getBoolean("allowed"),
                rs.getTimestamp("decided_at").toInstant(),
                rs.getString("policy_version"),
                rs.getString("method"));
    }
}
