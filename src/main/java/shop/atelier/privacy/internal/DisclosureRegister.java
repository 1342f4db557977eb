package shop.atelier.privacy.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.privacy.Disclosure;
import shop.atelier.privacy.Disclosure.RecipientKind;
import shop.atelier.privacy.Disclosures;
import shop.atelier.privacy.spi.LegalBasis;

/**
 * The disclosure register in {@code privacy_disclosures}. Records join the caller's transaction, so a
 * handover that rolls back leaves no record and no handover commits without one. Refuses what the
 * policy forbids: a third party receiving personal data for marketing (promise S1).
 */
@Service
public class DisclosureRegister implements Disclosures {

    private static final int SEARCH_LIMIT = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    DisclosureRegister(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(Disclosure disclosure) {
        insert(disclosure, null, null);
    }

    /**
     * Records a legal disclosure as a privacy officer typed it (promise S3): nothing is resolved
     * against other modules.
     */
    @Transactional
    public UUID recordLegal(Disclosure disclosure, @Nullable String orderNumber, String approvedBy) {
        if (disclosure.recipientKind() != RecipientKind.AUTHORITY) {
            throw new IllegalArgumentException("a legal disclosure goes to an authority");
        }
        return insert(disclosure, orderNumber, approvedBy);
    }

    private UUID insert(Disclosure disclosure, @Nullable String orderNumber, @Nullable String approvedBy) {
        if (forMarketing(disclosure)) {
            throw new DisclosureForMarketingRefused();
        }
        if (disclosure.recipientKind() == RecipientKind.THIRD_PARTY
                && (disclosure.legalBasis() != LegalBasis.CONSENT || blankToNull(disclosure.reference()) == null)) {
            throw new ThirdPartyWithoutConsentRefused();
        }
        if (disclosure.categories().isEmpty()) {
            throw new IllegalArgumentException("a disclosure names at least one data category");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into privacy_disclosures (id, recipient, recipient_kind, purpose, legal_basis, categories,
                            customer_id, email, order_id, order_number, at, reference, approved_by, recorded_by,
                            recorded_at)
                        values (:id, :recipient, :kind, :purpose, :basis, :categories, :customer, :email, :order,
                            :number, :at, :reference, :approver, :by, :recordedAt)""")
                .param("id", id)
                .param("recipient", disclosure.recipient().strip())
                .param("kind", disclosure.recipientKind().name())
                .param("purpose", disclosure.purpose().strip())
                .param("basis", disclosure.legalBasis().name())
                .param("categories", disclosure.categories().toArray(String[]::new))
                .param("customer", disclosure.customerId())
                .param("email", normalizedEmail(disclosure.email()))
                .param("order", disclosure.orderId())
                .param("number", blankToNull(orderNumber))
                .param("at", Timestamp.from(disclosure.at()))
                .param("reference", blankToNull(disclosure.reference()))
                .param("approver", blankToNull(approvedBy))
                .param("by", Principals.currentOrSystem())
                .param("recordedAt", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** S1: "never sold, rented or traded for marketing". */
    static boolean forMarketing(Disclosure disclosure) {
        return disclosure.recipientKind() == RecipientKind.THIRD_PARTY
                && disclosure.purpose().toLowerCase(Locale.ROOT).contains("marketing");
    }

    /** Search criteria; any may be null. {@code to} is exclusive. */
    public record Query(
            @Nullable String email,
            @Nullable UUID orderId,
            @Nullable String orderNumber,
            @Nullable String recipient,
            @Nullable Instant from,
            @Nullable Instant to) {}

    /** Disclosures matching every criterion, newest first, at most 200. */
    @Transactional(readOnly = true)
    public List<RegisteredDisclosure> search(Query query) {
        var where = new ArrayList<String>();
        if (query.email() != null) where.add("email = :email");
        if (query.orderId() != null) where.add("order_id = :order");
        if (query.orderNumber() != null) where.add("lower(order_number) = lower(:number)");
        if (query.recipient() != null) where.add("recipient ilike :recipient");
        if (query.from() != null) where.add("at >= :from");
        if (query.to() != null) where.add("at < :to");
        var sql = "select * from privacy_disclosures"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by at desc, recorded_at desc limit " + SEARCH_LIMIT;
        var statement = jdbc.sql(sql);
        if (query.email() != null) statement = statement.param("email", normalizedEmail(query.email()));
        if (query.orderId() != null) statement = statement.param("order", query.orderId());
        if (query.orderNumber() != null)
            statement = statement.param("number", query.orderNumber().strip());
        if (query.recipient() != null)
            statement = statement.param(
                    "recipient", "%" + escapeLike(query.recipient().strip()) + "%");
        if (query.from() != null) statement = statement.param("from", Timestamp.from(query.from()));
        if (query.to() != null) statement = statement.param("to", Timestamp.from(query.to()));
        return statement.query((rs, n) -> row(rs)).list();
    }

    /**
     * A person's own disclosures: those naming their account id, or their email address (guest orders
     * and legal disclosures typed by email).
     */
    @Transactional(readOnly = true)
    public List<RegisteredDisclosure> about(@Nullable UUID customerId, String email) {
        return jdbc.sql("""
                        select * from privacy_disclosures
                        where email = :email or (cast(:customer as uuid) is not null and customer_id = :customer)
                        order by at desc""")
                .param("email", normalizedEmail(email))
                .param("customer", customerId)
                .query((rs, n) -> row(rs))
                .list();
    }

    static @Nullable String normalizedEmail(@Nullable String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static RegisteredDisclosure row(ResultSet rs) throws SQLException {
        Array categories = rs.getArray("categories");
        return new RegisteredDisclosure(
                rs.getObject("id", UUID.class),
                rs.getString("recipient"),
                RecipientKind.valueOf(rs.getString("recipient_kind")),
                rs.getString("purpose"),
                LegalBasis.valueOf(rs.getString("legal_basis")),
                Arrays.asList((String[]) categories.getArray()),
                rs.getObject("customer_id", UUID.class),
                rs.getString("email"),
                rs.getObject("order_id", UUID.class),
                rs.getString("order_number"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("reference"),
                rs.getString("approved_by"),
                rs.getString("recorded_by"));
    }
}
