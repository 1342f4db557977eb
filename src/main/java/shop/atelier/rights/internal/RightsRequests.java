package shop.atelier.rights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rights requests and their history, in PostgreSQL. */
@Repository
class RightsRequests {

    private static final String COLUMNS = "id, type, state, channel, email, email_hash, customer_id, details,"
            + " received_at, due_at, identity_verified_at, identity_method, closed_at, outcome, refusal_reason,"
            + " receipt, archive_until, merged_into, external_reference, version";
    private static final String OPEN = "state in ('RECEIVED', 'IDENTITY_UNVERIFIED', 'IN_PROGRESS')";

    private final JdbcClient jdbc;

    RightsRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RightsRequest save(RightsRequest request) {
        var updated = jdbc.sql("UPDATE rights_requests SET state = :state, email = :email, customer_id = :customerId,"
                        + " details = :details, identity_verified_at = :verifiedAt, identity_method = :method,"
                        + " closed_at = :closedAt, outcome = :outcome, refusal_reason = :refusal, receipt = :receipt,"
                        + " archive_until = :archiveUntil, merged_into = :mergedInto, version = version + 1"
                        + " WHERE id = :id AND version = :version")
                .paramSource(parameters(request))
                .update();
        if (updated == 0) {
            if (exists(request.id())) {
                throw new OptimisticLockingFailureException("Request " + request.id() + " changed meanwhile");
            }
            jdbc.sql("INSERT INTO rights_requests (" + COLUMNS + ") VALUES (:id, :type, :state, :channel, :email,"
                            + " :emailHash, :customerId, :details, :receivedAt, :dueAt, :verifiedAt, :method, :closedAt,"
                            + " :outcome, :refusal, :receipt, :archiveUntil, :mergedInto, :externalReference, 0)")
                    .paramSource(parameters(request))
                    .update();
        }
        for (var entry : request.takeNewHistory()) {
            jdbc.sql("INSERT INTO rights_request_history (request_id, at, state, actor, note)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(
                            request.id(),
                            Timestamp.from(entry.at()),
                            entry.state().name(),
                            entry.actor(),
                            entry.note())
                    .update();
        }
        return findById(request.id()).orElseThrow();
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM rights_requests WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<RightsRequest> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rights_requests WHERE id = ?")
                .param(id)
                .query(RightsRequests::map)
                .optional();
    }

    /** Locks the row for the rest of the transaction, so two steps on one request run one after the other. */
    Optional<RightsRequest> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rights_requests WHERE id = ? FOR UPDATE")
                .param(id)
                .query(RightsRequests::map)
                .optional();
    }

    /**
     * The open request of this person and type, locked; two requests arriving at once for the same
     * person and type are serialized (a transaction-scoped advisory lock), so the second joins the first.
     */
    Optional<RightsRequest> openOf(RequestType type, String emailHash) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("rights:" + type.name() + ":" + emailHash)
                .query((rs, row) -> 1)
                .single();
        return jdbc.sql("SELECT " + COLUMNS + " FROM rights_requests WHERE type = ? AND email_hash = ? AND " + OPEN
                        + " ORDER BY received_at LIMIT 1 FOR UPDATE")
                .params(type.name(), emailHash)
                .query(RightsRequests::map)
                .optional();
    }

    List<RightsRequest> ofPerson(String emailHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rights_requests WHERE email_hash = ? ORDER BY received_at DESC")
                .param(emailHash)
                .query(RightsRequests::map)
                .list();
    }

    /** Open requests first, the most urgent first; then closed ones, the latest first. */
    List<RightsRequest> all(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rights_requests ORDER BY (" + OPEN + ") DESC," + " CASE WHEN "
                        + OPEN + " THEN due_at END ASC, closed_at DESC NULLS LAST LIMIT ?")
                .param(limit)
                .query(RightsRequests::map)
                .list();
    }

    List<RightsRequest> openDueBefore(Instant limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rights_requests WHERE " + OPEN + " AND due_at < ? ORDER BY due_at")
                .param(Timestamp.from(limit))
                .query(RightsRequests::map)
                .list();
    }

    List<UUID> archivesExpiredBefore(Instant now) {
        return jdbc.sql("SELECT id FROM rights_requests WHERE type = 'ACCESS' AND state = 'COMPLETED'"
                        + " AND email IS NOT NULL AND archive_until <= ?")
                .param(Timestamp.from(now))
                .query(UUID.class)
                .list();
    }

    List<HistoryEntry> history(UUID requestId) {
        return jdbc.sql(
                        "SELECT at, state, actor, note FROM rights_request_history WHERE request_id = ? ORDER BY at, id")
                .param(requestId)
                .query((rs, row) -> new HistoryEntry(
                        rs.getTimestamp("at").toInstant(),
                        RequestState.valueOf(rs.getString("state")),
                        rs.getString("actor"),
                        rs.getString("note")))
                .list();
    }

    void recordDownload(UUID requestId, String via, Instant at) {
        jdbc.sql("INSERT INTO rights_archive_downloads (id, request_id, downloaded_at, via) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), requestId, Timestamp.from(at), via)
                .update();
    }

    long downloads(UUID requestId) {
        return jdbc.sql("SELECT count(*) FROM rights_archive_downloads WHERE request_id = ?")
                .param(requestId)
                .query(Long.class)
                .single();
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters(RightsRequest r) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("id", r.id())
                .addValue("type", r.type().name())
                .addValue("state", r.state().name())
                .addValue("channel", r.channel().name())
                .addValue("email", r.email())
                .addValue("emailHash", r.emailHash())
                .addValue("customerId", r.customerId())
                .addValue("details", r.details())
                .addValue("receivedAt", timestamp(r.receivedAt()))
                .addValue("dueAt", timestamp(r.dueAt()))
                .addValue("verifiedAt", timestamp(r.identityVerifiedAt()))
                .addValue("method", r.identityMethod())
                .addValue("closedAt", timestamp(r.closedAt()))
                .addValue("outcome", r.outcome())
                .addValue("refusal", r.refusalReason())
                .addValue("receipt", r.receipt())
                .addValue("archiveUntil", timestamp(r.archiveUntil()))
                .addValue("mergedInto", r.mergedInto())
                .addValue("externalReference", r.externalReference())
                .addValue("version", r.version());
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static RightsRequest map(ResultSet rs, int row) throws SQLException {
        return new RightsRequest(
                rs.getObject("id", UUID.class),
                RequestType.valueOf(rs.getString("type")),
                Channel.valueOf(rs.getString("channel")),
                RequestState.valueOf(rs.getString("state")),
                rs.getString("email"),
                rs.getString("email_hash"),
                rs.getObject("customer_id", UUID.class),
                rs.getString("details"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(),
                instant(rs, "identity_verified_at"),
                rs.getString("identity_method"),
                instant(rs, "closed_at"),
                rs.getString("outcome"),
                rs.getString("refusal_reason"),
                rs.getString("receipt"),
                instant(rs, "archive_until"),
                rs.getObject("merged_into", UUID.class),
                rs.getString("external_reference"),
                rs.getLong("version"));
    }
}
