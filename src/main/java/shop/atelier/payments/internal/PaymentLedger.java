package shop.atelier.payments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shop.atelier.platform.Money;

/** The {@code payment_events} table. */
@Repository
class PaymentLedger {

    private static final String COLUMNS = "id, order_id, provider, kind, amount_minor, currency, checkout_reference, "
            + "provider_event_id, provider_payment_id, occurred_at, received_at";

    private final JdbcClient jdbc;

    PaymentLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends a line unless the provider already delivered an event with the same id.
     *
     * @return whether the line was new
     */
    boolean append(LedgerLine line) {
        return jdbc.sql("insert into payment_events (" + COLUMNS + ") values "
                                + "(:id, :orderId, :provider, :kind, :minor, :currency, :reference, :eventId, "
                                + ":paymentId, :occurredAt, :receivedAt) "
                                + "on conflict (provider, provider_event_id) do nothing")
                        .param("id", line.id())
                        .param("orderId", line.orderId())
                        .param("provider", line.provider())
                        .param("kind", line.kind().name())
                        .param("minor", line.amount().minor())
                        .param("currency", line.amount().currency().getCurrencyCode())
                        .param("reference", line.checkoutReference())
                        .param("eventId", line.providerEventId())
                        .param("paymentId", line.providerPaymentId())
                        .param("occurredAt", Timestamp.from(line.occurredAt()))
                        .param("receivedAt", Timestamp.from(line.receivedAt()))
                        .update()
                == 1;
    }

    /**
     * Serializes the processing of one order's webhooks until the current transaction ends, so two
     * events for the same order arriving at once (on one node or several) are decided one after the
     * other against the ledger.
     */
    void lockOrder(UUID orderId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('payments'), hashtext(:orderId))")
                .param("orderId", orderId.toString())
                .query((rs, n) -> 1)
                .single();
    }

    List<LedgerLine> forOrder(UUID orderId) {
        return jdbc.sql("select " + COLUMNS + " from payment_events where order_id = :orderId "
                        + "order by occurred_at, received_at, id")
                .param("orderId", orderId)
                .query(PaymentLedger::line)
                .list();
    }

    private static LedgerLine line(ResultSet rs, int row) throws SQLException {
        return new LedgerLine(
                rs.getObject("id", UUID.class),
                rs.getObject("order_id", UUID.class),
                rs.getString("provider"),
                EntryKind.valueOf(rs.getString("kind")),
                Money.of(rs.getLong("amount_minor"), rs.getString("currency")),
                rs.getString("checkout_reference"),
                rs.getString("provider_event_id"),
                rs.getString("provider_payment_id"),
                instant(rs, "occurred_at"),
                instant(rs, "received_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
