package shop.atelier.uploads.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.platform.SecretToken;
import shop.atelier.uploads.MaterialAccess;
import shop.atelier.uploads.MaterialAccess.Outcome;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadScope;

/**
 * The append-only record of every read of a material through a signed link and of every refused
 * attempt (promise M3). A refused token whose signature did not hold claims nothing trustworthy: its
 * row names no material, only the digest of the token, so forged ids cannot fill a customer's log.
 */
class AccessLog {

    /** One attempt, as the link controller saw it. */
    record Entry(
            @Nullable MaterialId material,
            @Nullable UploadScope scope,
            @Nullable Rendition rendition,
            @Nullable String viewerRole,
            @Nullable String subject,
            @Nullable String principal,
            @Nullable String purpose,
            Outcome outcome,
            @Nullable String reason,
            String token) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(Entry entry) {
        jdbc.sql("""
                        insert into upload_access_log (material_id, scope_kind, scope_id, rendition, viewer_role,
                            viewer_subject, principal, purpose, outcome, reason, token_sha256, accessed_at)
                        values (:material, :scopeKind, :scopeId, :rendition, :role, :subject, :principal, :purpose,
                            :outcome, :reason, :token, :at)""")
                .param(
                        "material",
                        entry.material() == null ? null : entry.material().value())
                .param("scopeKind", entry.scope() == null ? null : entry.scope().kind())
                .param("scopeId", entry.scope() == null ? null : entry.scope().id())
                .param(
                        "rendition",
                        entry.rendition() == null ? null : entry.rendition().name())
                .param("role", entry.viewerRole())
                .param("subject", entry.subject())
                .param("principal", entry.principal())
                .param("purpose", entry.purpose())
                .param("outcome", entry.outcome().name())
                .param("reason", entry.reason())
                .param("token", digest(entry.token()))
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * The scope's entries, and those of its materials made while they belonged to an earlier scope
     * (the cart), oldest first. A union of the look-up by scope and the one by material, so each
     * reads its index: an {@code or} of the two makes PostgreSQL read the whole log.
     */
    List<MaterialAccess> of(UploadScope scope) {
        return jdbc.sql("""
                        select * from upload_access_log
                        where scope_kind = :kind and scope_id = :id and material_id is not null and rendition is not null
                        union
                        select * from upload_access_log
                        where material_id in (select id from upload_materials where scope_kind = :kind and scope_id = :id)
                          and rendition is not null
                        order by accessed_at, id""")
                .param("kind", scope.kind())
                .param("id", scope.id())
                .query((rs, n) -> new MaterialAccess(
                        new MaterialId(rs.getObject("material_id", UUID.class)),
                        new UploadScope(rs.getString("scope_kind"), rs.getObject("scope_id", UUID.class)),
                        Rendition.valueOf(rs.getString("rendition")),
                        rs.getString("viewer_role"),
                        rs.getString("viewer_subject"),
                        rs.getString("principal"),
                        rs.getString("purpose"),
                        Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("reason"),
                        rs.getTimestamp("accessed_at").toInstant()))
                .list();
    }

    /** Deletes entries older than the retention period; returns how many. */
    int deleteBefore(Instant cutoff) {
        return jdbc.sql("delete from upload_access_log where accessed_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    static String digest(String token) {
        return HexFormat.of().formatHex(SecretToken.hash(token));
    }
}
