package shop.atelier.marketing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code marketing_subscriptions} table. */
@Repository
class Subscriptions {

    private final JdbcClient jdbc;

    Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Subscription> byEmail(String email) {
        return jdbc.sql("select * from marketing_subscriptions where email = :email")
                .param("email", MarketingKeys.normalized(email))
                .query(Subscriptions::subscription)
                .optional();
    }

    Optional<Subscription> byAddressHash(String addressHash) {
        return jdbc.sql("select * from marketing_subscriptions where address_hash = :hash")
                .param("hash", addressHash)
                .query(Subscriptions::subscription)
                .optional();
    }

    Optional<Subscription> byId(UUID id) {
        return jdbc.sql("select * from marketing_subscriptions where id = :id")
                .param("id", id)
                .query(Subscriptions::subscription)
                .optional();
    }

    /** The pending subscription a confirmation link opens, while the link is valid. */
    Optional<Subscription> pendingByConfirmation(String confirmationHash, Instant now) {
        return jdbc.sql("select * from marketing_subscriptions where confirmation_hash = :hash "
                        + "and status = 'PENDING' and confirmation_expires_at > :now")
                .param("hash", confirmationHash)
                .param("now", Timestamp.from(now))
                .query(Subscriptions::subscription)
                .optional();
    }

    List<Subscription> ofPerson(String email, @Nullable UUID customerId) {
        return jdbc.sql("select * from marketing_subscriptions where email = :email "
                        + "or (cast(:customerId as uuid) is not null and customer_id = cast(:customerId as uuid)) "
                        + "order by requested_at")
                .param("email", MarketingKeys.normalized(email))
                .param("customerId", customerId)
                .query(Subscriptions::subscription)
                .list();
    }

    /** Writes a new pending request, or renews the token of the address's pending one. */
    void savePending(Subscription pending, String confirmationHash) {
        jdbc.sql("insert into marketing_subscriptions (id, email, address_hash, customer_id, status, source, locale, "
                        + "requested_at, confirmation_hash, confirmation_expires_at) values (:id, :email, :hash, "
                        + ":customerId, 'PENDING', :source, :locale, :requestedAt, :confirmation, :expires) "
                        + "on conflict (email) do update set confirmation_hash = excluded.confirmation_hash, "
                        + "confirmation_expires_at = excluded.confirmation_expires_at, source = excluded.source, "
                        + "locale = excluded.locale, requested_at = excluded.requested_at, "
                        + "customer_id = coalesce(excluded.customer_id, marketing_subscriptions.customer_id) "
                        + "where marketing_subscriptions.status = 'PENDING'")
                .param("id", pending.id())
                .param("email", MarketingKeys.normalized(pending.email()))
                .param("hash", pending.addressHash())
                .param("customerId", pending.customerId())
                .param("source", pending.source().name())
                .param("locale", pending.locale().toLanguageTag())
                .param("requestedAt", Timestamp.from(pending.requestedAt()))
                .param("confirmation", confirmationHash)
                .param("expires", timestamp(pending.confirmationExpiresAt()))
                .update();
    }

    /** Confirms a pending subscription; false when it was no longer pending. */
    boolean confirm(UUID id, Instant at, String policyVersion) {
        return jdbc.sql("update marketing_subscriptions set status = 'CONFIRMED', confirmed_at = :at, "
                                + "policy_version = :version, confirmation_hash = null, confirmation_expires_at = null "
                                + "where id = :id and status = 'PENDING'")
                        .param("at", Timestamp.from(at))
                        .param("version", policyVersion)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Deletes the address's subscription (and with it its place in campaign queues). */
    int deleteByAddressHash(String addressHash) {
        return jdbc.sql("delete from marketing_subscriptions where address_hash = :hash")
                .param("hash", addressHash)
                .update();
    }

    int delete(UUID id) {
        return jdbc.sql("delete from marketing_subscriptions where id = :id")
                .param("id", id)
                .update();
    }

    int deleteExpiredPending(Instant now) {
        return jdbc.sql("delete from marketing_subscriptions where status = 'PENDING' "
                        + "and confirmation_expires_at <= :now")
                .param("now", Timestamp.from(now))
                .update();
    }

    long count(SubscriptionStatus status) {
        return jdbc.sql("select count(*) from marketing_subscriptions where status = :status")
                .param("status", status.name())
                .query(Long.class)
                .single();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Subscription subscription(ResultSet rs, int row) throws SQLException {
        return new Subscription(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("address_hash"),
                rs.getObject("customer_id", UUID.class),
                SubscriptionStatus.valueOf(rs.getString("status")),
                OptInSource.valueOf(rs.getString("source")),
                Locale.forLanguageTag(rs.getString("locale")),
                rs.getTimestamp("requested_at").toInstant(),
                instant(rs, "confirmation_expires_at"),
                instant(rs, "confirmed_at"),
                rs.getString("policy_version"));
    }
}
