package shop.atelier.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.platform.NotFoundException;
import shop.atelier.privacy.LegalHold;
import shop.atelier.privacy.LegalHolds;
import shop.atelier.privacy.spi.DataSubject;

/** Legal holds in {@code privacy_legal_holds}: placed and lifted by a privacy officer, never deleted. */
@Service
public class LegalHoldRegister implements LegalHolds {

    private final JdbcClient jdbc;
    private final Clock clock;

    LegalHoldRegister(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Places a hold on exactly one of: a person's email, an order id, an order number. */
    @Transactional
    public UUID place(
            @Nullable String email,
            @Nullable UUID orderId,
            @Nullable String orderNumber,
            String reason,
            String reference) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into privacy_legal_holds (id, email, order_id, order_number, reason, reference,
                            placed_by, placed_at)
                        values (:id, :email, :order, :number, :reason, :reference, :by, :at)""")
                .param("id", id)
                .param("email", DisclosureRegister.normalizedEmail(email))
                .param("order", orderId)
                .param("number", orderNumber == null || orderNumber.isBlank() ? null : orderNumber.strip())
                .param("reason", reason.strip())
                .param("reference", reference.strip())
                .param("by", Principals.currentOrSystem())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** Lifts a standing hold; the row stays as the record that it stood. */
    @Transactional
    public void lift(UUID id, @Nullable String reason) {
        var lifted = jdbc.sql("""
                        update privacy_legal_holds set lifted_at = :at, lifted_by = :by, lift_reason = :reason
                        where id = :id and lifted_at is null""")
                .param("id", id)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", Principals.currentOrSystem())
                .param("reason", reason == null || reason.isBlank() ? null : reason.strip())
                .update();
        if (lifted == 0) {
            throw new NotFoundException("No standing legal hold " + id);
        }
    }

    /** All standing holds, newest first. */
    @Transactional(readOnly = true)
    public List<LegalHold> standing() {
        return jdbc.sql("select * from privacy_legal_holds where lifted_at is null order by placed_at desc")
                .query((rs, n) -> hold(rs))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isHeld(DataSubject subject) {
        return !holdsFor(subject).isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isHeld(UUID orderId) {
        return jdbc.sql(
                        "select exists (select 1 from privacy_legal_holds where order_id = :order and lifted_at is null)")
                .param("order", orderId)
                .query(Boolean.class)
                .single();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isHeldOrderNumber(String orderNumber) {
        return jdbc.sql("""
                        select exists (select 1 from privacy_legal_holds
                                       where lower(order_number) = lower(:number) and lifted_at is null)""")
                .param("number", orderNumber.strip())
                .query(Boolean.class)
                .single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LegalHold> holdsFor(DataSubject subject) {
        return jdbc.sql("""
                        select * from privacy_legal_holds where email = :email and lifted_at is null
                        order by placed_at desc""")
                .param("email", subject.email())
                .query((rs, n) -> hold(rs))
                .list();
    }

    private static LegalHold hold(ResultSet rs) throws SQLException {
        return new LegalHold(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getObject("order_id", UUID.class),
                rs.getString("order_number"),
                rs.getString("reason"),
                rs.getString("reference"),
                rs.getString("placed_by"),
                rs.getTimestamp("placed_at").toInstant());
    }
}
