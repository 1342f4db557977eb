package shop.atelier.marketing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The suppression list ({@code marketing_suppressions}): keyed hashes of addresses, never addresses. */
@Repository
class Suppressions {

    record Entry(SuppressionReason reason, Instant since) {}

    private final JdbcClient jdbc;

    Suppressions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the address hash; an entry already there keeps its first date, an erasure wins as reason. */
    void add(String addressHash, SuppressionReason reason, Instant at) {
        jdbc.sql(
                        "insert into marketing_suppressions (address_hash, reason, suppressed_at) values (:hash, :reason, :at) "
                                + "on conflict (address_hash) do update set reason = case when excluded.reason = 'ERASED' "
                                + "then 'ERASED' else marketing_suppressions.reason end")
                .param("hash", addressHash)
                .param("reason", reason.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    boolean contains(String addressHash) {
        return find(addressHash).isPresent();
    }

    Optional<Entry> find(String addressHash) {
        return jdbc.sql("select reason, suppressed_at from marketing_suppressions where address_hash = :hash")
                .param("hash", addressHash)
                .query((rs, row) -> new Entry(
                        SuppressionReason.valueOf(rs.getString("reason")),
                        rs.getTimestamp("suppressed_at").toInstant()))
                .optional();
    }

    void remove(String addressHash) {
        jdbc.sql("delete from marketing_suppressions where address_hash = :hash")
                .param("hash", addressHash)
                .update();
    }

    long count() {
        return jdbc.sql("select count(*) from marketing_suppressions")
                .query(Long.class)
                .single();
    }
}
