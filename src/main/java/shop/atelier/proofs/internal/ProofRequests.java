package shop.atelier.proofs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shop.atelier.orders.OrderId;
import shop.atelier.proofs.ProofRequestId;
import shop.atelier.proofs.ProofState;
import shop.atelier.uploads.MaterialId;

/** Stores proof requests with their rounds; saving checks the version (optimistic locking). */
@Repository
class ProofRequests {

    private final JdbcClient jdbc;

    ProofRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new request unless its line has one already; returns whether it was inserted. */
    boolean addIfAbsent(ProofRequest request) {
        return jdbc.sql("""
                        insert into proof_requests (id, order_id, order_number, customer_id, line_id, position,
                            product_name, variant_name, state, state_since, created_at, version)
                        values (:id, :order, :number, :customer, :line, :position, :product, :variant, :state,
                            :since, :created, 0)
                        on conflict (order_id, line_id) do nothing""")
                        .param("id", request.id().value())
                        .param("order", request.orderId().value())
                        .param("number", request.orderNumber())
                        .param("customer", request.customerId())
                        .param("line", request.lineId())
                        .param("position", request.position())
                        .param("product", request.productName())
                        .param("variant", request.variantName())
                        .param("state", request.state().name())
                        .param("since", ts(request.stateSince()))
                        .param("created", ts(request.createdAt()))
                        .update()
                == 1;
    }

    Optional<ProofRequest> find(ProofRequestId id) {
        return load("where id = ?", List.of(id.value()), false).stream().findFirst();
    }

    /** The order's requests in line order. */
    List<ProofRequest> ofOrder(OrderId orderId) {
        return load("where order_id = ?", List.of(orderId.value()), false);
    }

    /**
     * The order's requests, locked until the transaction ends: customer answers on several lines of
     * one order are serialized, so exactly one of them sees the last approval.
     */
    List<ProofRequest> ofOrderForUpdate(OrderId orderId) {
        return load("where order_id = ?", List.of(orderId.value()), true);
    }

    Optional<ProofRequest> findForUpdate(ProofRequestId id) {
        return load("where id = ?", List.of(id.value()), true).stream().findFirst();
    }

    /** The ids of orders with requests made for this customer account. */
    List<OrderId> orderIdsOfCustomer(UUID customerId) {
        return jdbc
                .sql("select distinct order_id from proof_requests where customer_id = ?")
                .param(customerId)
                .query(UUID.class)
                .list()
                .stream()
                .map(OrderId::new)
                .toList();
    }

    List<ProofQueueItem> open(int limit) {
        return jdbc.sql("""
                        select r.id, r.order_id, r.order_number, r.product_name, r.variant_name, r.state, r.state_since,
                            (select coalesce(max(p.round), 0) from proof_rounds p where p.proof_request_id = r.id) as round
                        from proof_requests r
                        where r.state <> 'APPROVED'
                        order by r.state_since, r.order_number, r.position
                        limit ?""")
                .param(limit)
                .query((rs, n) -> new ProofQueueItem(
                        rs.getObject("id", UUID.class),
                        rs.getObject("order_id", UUID.class),
                        rs.getString("order_number"),
                        rs.getString("product_name"),
                        rs.getString("variant_name"),
                        rs.getInt("round"),
                        ProofState.valueOf(rs.getString("state")),
                        instant(rs, "state_since")))
                .list();
    }

    void save(ProofRequest request) {
        var updated = jdbc.sql("""
                        update proof_requests set state = :state, state_since = :since, version = version + 1
                        where id = :id and version = :version""")
                .param("state", request.state().name())
                .param("since", ts(request.stateSince()))
                .param("id", request.id().value())
                .param("version", request.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Proof " + request.id() + " was changed meanwhile");
        }
        for (var round : request.rounds()) {
            jdbc.sql("""
                            insert into proof_rounds (proof_request_id, round, material_id, content_type, staff_note,
                                published_by, published_at, decision, customer_comment, decided_at)
                            values (:request, :round, :material, :type, :note, :by, :at, :decision, :comment, :decidedAt)
                            on conflict (proof_request_id, round) do update set staff_note = excluded.staff_note,
                                decision = excluded.decision, customer_comment = excluded.customer_comment,
                                decided_at = excluded.decided_at""")
                    .param("request", request.id().value())
                    .param("round", round.number())
                    .param("material", round.material().value())
                    .param("type", round.contentType())
                    .param("note", round.staffNote())
                    .param("by", round.publishedBy())
                    .param("at", ts(round.publishedAt()))
                    .param(
                            "decision",
                            round.decision() == null ? null : round.decision().name())
                    .param("comment", round.comment())
                    .param("decidedAt", round.decidedAt() == null ? null : ts(round.decidedAt()))
                    .update();
        }
    }

    private List<ProofRequest> load(String where, List<Object> params, boolean lock) {
        var heads = jdbc.sql("select * from proof_requests " + where + " order by order_id, position"
                        + (lock ? " for update" : ""))
                .params(params)
                .query((rs, n) -> Head.of(rs))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        var rounds = rounds(heads.stream().map(Head::id).toList());
        return heads.stream()
                .map(h -> new ProofRequest(
                        new ProofRequestId(h.id()),
                        new OrderId(h.orderId()),
                        h.orderNumber(),
                        h.customerId(),
                        h.lineId(),
                        h.position(),
                        h.productName(),
                        h.variantName(),
                        h.createdAt(),
                        h.state(),
                        h.stateSince(),
                        h.version(),
                        rounds.getOrDefault(h.id(), List.of())))
                .toList();
    }

    private HashMap<UUID, List<ProofRound>> rounds(Collection<UUID> requestIds) {
        var rounds = new HashMap<UUID, List<ProofRound>>();
        jdbc.sql("select * from proof_rounds where proof_request_id in (:ids) order by proof_request_id, round")
                .param("ids", List.copyOf(requestIds))
                .query(rs -> {
                    var decision = rs.getString("decision");
                    rounds.computeIfAbsent(rs.getObject("proof_request_id", UUID.class), k -> new ArrayList<>())
                            .add(new ProofRound(
                                    rs.getInt("round"),
                                    new MaterialId(rs.getObject("material_id", UUID.class)),
                                    rs.getString("content_type"),
                                    rs.getString("staff_note"),
                                    rs.getString("published_by"),
                                    instant(rs, "published_at"),
                                    decision == null ? null : ProofRound.Decision.valueOf(decision),
                                    rs.getString("customer_comment"),
                                    nullableInstant(rs, "decided_at")));
                });
        return rounds;
    }

    private record Head(
            UUID id,
            UUID orderId,
            String orderNumber,
            @Nullable UUID customerId,
            UUID lineId,
            int position,
            String productName,
            String variantName,
            ProofState state,
            Instant stateSince,
            Instant createdAt,
            long version) {

        static Head of(ResultSet rs) throws SQLException {
            return new Head(
                    rs.getObject("id", UUID.class),
                    rs.getObject("order_id", UUID.class),
                    rs.getString("order_number"),
                    rs.getObject("customer_id", UUID.class),
                    rs.getObject("line_id", UUID.class),
                    rs.getInt("position"),
                    rs.getString("product_name"),
                    rs.getString("variant_name"),
                    ProofState.valueOf(rs.getString("state")),
                    instant(rs, "state_since"),
                    instant(rs, "created_at"),
                    rs.getLong("version"));
        }
    }

    static OffsetDateTime ts(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
