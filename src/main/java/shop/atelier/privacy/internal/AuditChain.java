package shop.atelier.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.privacy.AuditLog;

/**
 * The audit log as a hash chain in {@code privacy_audit_log}. Appends take a transaction-scoped
 * advisory lock, so entries form one linear chain however many nodes write; the lock is released
 * when the caller's transaction ends. A trigger refuses UPDATE, DELETE and TRUNCATE; {@link
 * #verify()} finds what a database owner could still do behind the application's back.
 */
@Service
public class AuditChain implements AuditLog {

    /** The advisory lock that serializes appends ("privacy-audit" as a number). */
    static final long APPEND_LOCK = 0x7072697661637941L;

    private static final int SEARCH_LIMIT = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditChain(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(
            String actor,
            String role,
            @Nullable String workshop,
            String action,
            String resource,
            @Nullable UUID customerId,
            @Nullable UUID orderId) {
        record(actor, role, workshop, action, resource, customerId, null, orderId);
    }

    @Override
    @Transactional
    public void record(
            String actor,
            String role,
            @Nullable String workshop,
            String action,
            String resource,
            @Nullable UUID customerId,
            @Nullable String customerEmail,
            @Nullable UUID orderId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        var email = customerEmail == null || customerEmail.isBlank()
                ? null
                : customerEmail.strip().toLowerCase(Locale.ROOT);
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", APPEND_LOCK)
                .query()
                .singleRow();
        var last = jdbc.sql("select sequence, hash from privacy_audit_log order by sequence desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .optional();
        long sequence = last.map(row -> (Long) row[0] + 1).orElse(1L);
        String previous = last.map(row -> (String) row[1]).orElse(AuditEntry.GENESIS);
        var hash = AuditEntry.hash(
                sequence, previous, actor, role, workshop, action, resource, customerId, email, orderId, at);
        jdbc.sql("""
                        insert into privacy_audit_log (sequence, previous_hash, hash, actor, role, workshop, action,
                            resource, customer_id, customer_email, order_id, at)
                        values (:sequence, :previous, :hash, :actor, :role, :workshop, :action,
                            :resource, :customer, :email, :order, :at)""")
                .param("sequence", sequence)
                .param("previous", previous)
                .param("hash", hash)
                .param("actor", actor)
                .param("role", role)
                .param("workshop", workshop)
                .param("action", action)
                .param("resource", resource)
                .param("customer", customerId)
                .param("email", email)
                .param("order", orderId)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    /** Walks the whole chain, oldest first, and stops at the first broken link. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var walk = new Object() {
            long expected = 1;
            String previous = AuditEntry.GENESIS;
            long checked;

            @Nullable
            ChainVerification broken;
        };
        jdbc.sql("select * from privacy_audit_log order by sequence").query(rs -> {
            if (walk.broken != null) {
                return;
            }
            var entry = entry(rs);
            walk.checked++;
            if (entry.sequence() != walk.expected) {
                walk.broken = ChainVerification.broken(walk.checked, walk.expected, ChainVerification.Problem.GAP);
            } else if (!entry.previousHash().equals(walk.previous)) {
                walk.broken = ChainVerification.broken(
                        walk.checked, entry.sequence(), ChainVerification.Problem.PREVIOUS_HASH_MISMATCH);
            } else if (!entry.hash().equals(entry.expectedHash())) {
                walk.broken = ChainVerification.broken(
                        walk.checked, entry.sequence(), ChainVerification.Problem.HASH_MISMATCH);
            }
            walk.expected = entry.sequence() + 1;
            walk.previous = entry.hash();
        });
        return walk.broken != null ? walk.broken : ChainVerification.ok(walk.checked);
    }

    /**
     * Entries matching every given criterion, newest first, at most 200.
     *
     * @param customerEmail matched case-insensitively
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(
            @Nullable String actor,
            @Nullable UUID customerId,
            @Nullable String customerEmail,
            @Nullable UUID orderId,
            @Nullable Instant from,
            @Nullable Instant to) {
        var where = new ArrayList<String>();
        var sql = new StringBuilder("select * from privacy_audit_log");
        if (actor != null) where.add("lower(actor) = lower(:actor)");
        if (customerId != null) where.add("customer_id = :customer");
        if (customerEmail != null) where.add("customer_email = :email");
        if (orderId != null) where.add("order_id = :order");
        if (from != null) where.add("at >= :from");
        if (to != null) where.add("at < :to");
        if (!where.isEmpty()) sql.append(" where ").append(String.join(" and ", where));
        sql.append(" order by sequence desc limit ").append(SEARCH_LIMIT);
        var statement = jdbc.sql(sql.toString());
        if (actor != null) statement = statement.param("actor", actor.strip());
        if (customerId != null) statement = statement.param("customer", customerId);
        if (customerEmail != null)
            statement = statement.param("email", customerEmail.strip().toLowerCase(Locale.ROOT));
        if (orderId != null) statement = statement.param("order", orderId);
        if (from != null) statement = statement.param("from", java.sql.Timestamp.from(from));
        if (to != null) statement = statement.param("to", java.sql.Timestamp.from(to));
        return statement.query((rs, n) -> entry(rs)).list();
    }

    /** The entries about one person: by their account id, or by their email address. */
    @Transactional(readOnly = true)
    public List<AuditEntry> about(@Nullable UUID customerId, String email) {
        return jdbc.sql("""
                        select * from privacy_audit_log
                        where customer_email = :email or (cast(:customer as uuid) is not null and customer_id = :customer)
                        order by sequence desc""")
                .param("email", email.strip().toLowerCase(Locale.ROOT))
                .param("customer", customerId)
                .query((rs, n) -> entry(rs))
                .list();
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("sequence"),
                rs.getString("previous_hash"),
                rs.getString("hash"),
                rs.getString("actor"),
                rs.getString("role"),
                rs.getString("workshop"),
                rs.getString("action"),
                rs.getString("resource"),
                rs.getObject("customer_id", UUID.class),
                rs.getString("customer_email"),
                rs.getObject("order_id", UUID.class),
                rs.getTimestamp("at").toInstant());
    }
}
