package shop.atelier.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shop.atelier.notifications.EmailKind;

/** The {@code outbox_messages} table. */
@Repository
class OutboxMessages {

    private static final String SUMMARY_COLUMNS = "id, kind, recipient, subject, status, attempts, created_at, sent_at";

    private final JdbcClient jdbc;

    OutboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OutboxMessage message) {
        jdbc.sql("insert into outbox_messages (id, kind, recipient, subject, html_body, text_body, status, attempts, "
                        + "next_attempt_at, created_at, sent_at, last_error, list_unsubscribe) values (:id, :kind, :recipient, "
                        + ":subject, :html, :text, :status, :attempts, :nextAttemptAt, :createdAt, :sentAt, :lastError, "
                        + ":listUnsubscribe)")
                .param("id", message.id())
                .param("kind", message.kind().name())
                .param("recipient", message.recipient())
                .param("subject", message.subject())
                .param("html", message.html())
                .param("text", message.text())
                .param("status", message.status().name())
                .param("attempts", message.attempts())
                .param("nextAttemptAt", timestamp(message.nextAttemptAt()))
                .param("createdAt", timestamp(message.createdAt()))
                .param("sentAt", timestamp(message.sentAt()))
                .param("lastError", message.lastError())
                .param("listUnsubscribe", message.listUnsubscribe())
                .update();
    }

    Optional<OutboxMessage> find(UUID id) {
        return jdbc.sql("select * from outbox_messages where id = :id")
                .param("id", id)
                .query(OutboxMessages::message)
                .optional();
    }

    /**
     * Locks the next due pending message for the current transaction. Rows another node is sending
     * right now are skipped, not waited for, so several nodes share the work without sending twice.
     * Transactional mail goes first: a campaign's promotional mail never delays an order
     * confirmation or a password reset.
     */
    Optional<OutboxMessage> claimDue(Instant now) {
        return jdbc.sql("select * from outbox_messages where status = 'PENDING' and next_attempt_at <= :now "
                        + "order by (kind = 'PROMOTIONAL'), next_attempt_at limit 1 for update skip locked")
                .param("now", Timestamp.from(now))
                .query(OutboxMessages::message)
                .optional();
    }

    /** Locks one pending message, due or not, unless another node holds it. */
    Optional<OutboxMessage> claim(UUID id) {
        return jdbc.sql("select * from outbox_messages where id = :id and status = 'PENDING' for update skip locked")
                .param("id", id)
                .query(OutboxMessages::message)
                .optional();
    }

    void markSent(UUID id, int attempts, Instant now) {
        jdbc.sql("update outbox_messages set status = 'SENT', attempts = :attempts, sent_at = :now, "
                        + "next_attempt_at = null, last_error = null where id = :id")
                .param("attempts", attempts)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    void markAttemptFailed(UUID id, int attempts, OutboxStatus status, @Nullable Instant nextAttemptAt, String error) {
        jdbc.sql("update outbox_messages set status = :status, attempts = :attempts, "
                        + "next_attempt_at = :nextAttemptAt, last_error = :error where id = :id")
                .param("status", status.name())
                .param("attempts", attempts)
                .param("nextAttemptAt", timestamp(nextAttemptAt))
                .param("error", error)
                .param("id", id)
                .update();
    }

    /** Moves a message to another status from the one expected; false when it was not in that status. */
    boolean move(UUID id, OutboxStatus from, OutboxStatus to, @Nullable Instant nextAttemptAt) {
        return jdbc.sql("update outbox_messages set status = :to, next_attempt_at = :next "
                                + "where id = :id and status = :from")
                        .param("to", to.name())
                        .param("next", timestamp(nextAttemptAt))
                        .param("id", id)
                        .param("from", from.name())
                        .update()
                == 1;
    }

    OutboxPage page(@Nullable OutboxStatus status, @Nullable String recipient, int page, int size) {
        var where = new ArrayList<String>();
        var params = new LinkedHashMap<String, Object>();
        if (status != null) {
            where.add("status = :status");
            params.put("status", status.name());
        }
        if (recipient != null && !recipient.isBlank()) {
            where.add("lower(recipient) like :recipient escape '\\'");
            params.put("recipient", "%" + escapeLike(recipient.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        var filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var total = jdbc.sql("select count(*) from outbox_messages" + filter)
                .params(params)
                .query(Long.class)
                .single();
        var messages = jdbc.sql("select " + SUMMARY_COLUMNS + " from outbox_messages" + filter
                        + " order by created_at desc, id limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(OutboxMessages::summary)
                .list();
        return new OutboxPage(messages, page, size, total);
    }

    List<OutboxMessage> forRecipient(String email) {
        return jdbc.sql("select * from outbox_messages where lower(recipient) = :email order by created_at")
                .param("email", email.toLowerCase(Locale.ROOT))
                .query(OutboxMessages::message)
                .list();
    }

    int deleteForRecipient(String email) {
        return jdbc.sql("delete from outbox_messages where lower(recipient) = :email")
                .param("email", email.toLowerCase(Locale.ROOT))
                .update();
    }

    int deleteCreatedBefore(Instant cutoff) {
        return jdbc.sql("delete from outbox_messages where created_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(
                rs.getObject("id", UUID.class),
                EmailKind.valueOf(rs.getString("kind")),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("html_body"),
                rs.getString("text_body"),
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs, "sent_at"),
                rs.getString("last_error"),
                rs.getString("list_unsubscribe"));
    }

    private static OutboxSummary summary(ResultSet rs, int row) throws SQLException {
        return new OutboxSummary(
                rs.getObject("id", UUID.class),
                EmailKind.valueOf(rs.getString("kind")),
                rs.getString("recipient"),
                rs.getString("subject"),
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs, "sent_at"));
    }
}
