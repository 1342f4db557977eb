package shop.atelier.payments.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shop.atelier.platform.Money;

/** The {@code sandbox_checkouts} table. */
@Repository
class SandboxCheckouts {

    private final JdbcClient jdbc;

    SandboxCheckouts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SandboxCheckout checkout) {
        jdbc.sql("insert into sandbox_checkouts (reference, order_id, order_number, amount_minor, currency, "
                        + "return_url, status, created_at) values (:reference, :orderId, :number, :minor, "
                        + ":currency, :returnUrl, :status, :createdAt)")
                .param("reference", checkout.reference())
                .param("orderId", checkout.orderId())
                .param("number", checkout.orderNumber())
                .param("minor", checkout.amount().minor())
                .param("currency", checkout.amount().currency().getCurrencyCode())
                .param("returnUrl", checkout.returnUrl().toString())
                .param("status", checkout.status().name())
                .param("createdAt", Timestamp.from(checkout.createdAt()))
                .update();
    }

    Optional<SandboxCheckout> find(String reference) {
        return jdbc.sql("select * from sandbox_checkouts where reference = :reference")
                .param("reference", reference)
                .query(SandboxCheckouts::checkout)
                .optional();
    }

    /**
     * Completes an open checkout.
     *
     * @return false when it was completed already (a second click, another tab)
     */
    boolean complete(String reference, SandboxCheckout.Status status, Instant now) {
        return jdbc.sql("update sandbox_checkouts set status = :status, completed_at = :now "
                                + "where reference = :reference and status = 'OPEN'")
                        .param("status", status.name())
                        .param("now", Timestamp.from(now))
                        .param("reference", reference)
                        .update()
                == 1;
    }

    /** Opens a checkout again whose outcome could not be delivered to the shop. */
    void reopen(String reference) {
        jdbc.sql("update sandbox_checkouts set status = 'OPEN', completed_at = null where reference = :reference")
                .param("reference", reference)
                .update();
    }

    private static SandboxCheckout checkout(ResultSet rs, int row) throws SQLException {
        var completedAt = rs.getTimestamp("completed_at");
        return new SandboxCheckout(
                rs.getString("reference"),
                rs.getObject("order_id", UUID.class),
                rs.getString("order_number"),
                Money.of(rs.getLong("amount_minor"), rs.getString("currency")),
                URI.create(rs.getString("return_url")),
                SandboxCheckout.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                completedAt == null ? null : completedAt.toInstant());
    }
}
