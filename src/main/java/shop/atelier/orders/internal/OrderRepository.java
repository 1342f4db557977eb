package shop.atelier.orders.internal;

import static shop.atelier.orders.internal.Sql.instant;
import static shop.atelier.orders.internal.Sql.nullableInstant;
import static shop.atelier.orders.internal.Sql.nullableUuid;
import static shop.atelier.orders.internal.Sql.ts;
import static shop.atelier.orders.internal.Sql.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.VariantId;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.platform.Money;

/**
 * Stores orders with their lines, personalization and history. Saving appends the new history
 * entries, checks the version (optimistic locking) and publishes the order's events in the
 * caller's transaction.
 */
@Repository
class OrderRepository {

    private static final String LIST_COLUMNS = """
            o.id, o.number, o.status, o.total_minor, o.currency, o.placed_at, o.customer_id,
            o.contact_name, o.contact_email, o.attention,
            (select coalesce(sum(l.quantity), 0) from order_lines l where l.order_id = o.id) as items""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    OrderRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Optional<Order> find(OrderId id) {
        return load(id, false);
    }

    /** Loads the order and locks it until the transaction ends (serializes concurrent payment events). */
    Optional<Order> findForUpdate(OrderId id) {
        return load(id, true);
    }

    Optional<OrderId> findByTrackingToken(byte[] tokenHash) {
        return jdbc.sql("select order_id from order_tracking_tokens where token_hash = ?")
                .param(tokenHash)
                .query(UUID.class)
                .optional()
                .map(OrderId::new);
    }

    Optional<OrderId> findByNumber(String number) {
        return jdbc.sql("select id from orders where number = ?")
                .param(number)
                .query(UUID.class)
                .optional()
                .map(OrderId::new);
    }

    boolean numberTaken(String number) {
        return jdbc.sql("select exists (select 1 from orders where number = ?)")
                .param(number)
                .query(Boolean.class)
                .single();
    }

    void addTrackingToken(OrderId id, byte[] tokenHash, Instant at) {
        jdbc.sql("insert into order_tracking_tokens (token_hash, order_id, issued_at) values (?, ?, ?)")
                .params(tokenHash, id.value(), ts(at))
                .update();
    }

    void save(Order order, Instant at) {
        if (order.isNew()) {
            insert(order, at);
        } else {
            var updated = jdbc.sql("""
                            update orders set status = :status, attention = :attention, updated_at = :at,
                                delivered_at = :deliveredAt, version = version + 1
                            where id = :id and version = :version""")
                    .param("status", order.status().name())
                    .param("attention", order.attention())
                    .param("deliveredAt", order.deliveredAt() == null ? null : ts(order.deliveredAt()))
                    .param("at", ts(at))
                    .param("id", order.id().value())
                    .param("version", order.version())
                    .update();
            if (updated != 1) {
                throw new OptimisticLockingFailureException("Order " + order.number() + " was changed meanwhile");
            }
        }
        for (var transition : order.unsavedTransitions()) {
            jdbc.sql("""
                            insert into order_transitions (order_id, from_status, to_status, at, actor, note)
                            values (:order, :from, :to, :at, :actor, :note)""")
                    .param("order", order.id().value())
                    .param(
                            "from",
                            transition.from() == null ? null : transition.from().name())
                    .param("to", transition.to().name())
                    .param("at", ts(transition.at()))
                    .param("actor", transition.actor().value())
                    .param("note", transition.note())
                    .update();
        }
        var pending = order.events();
        order.saved();
        pending.forEach(events::publishEvent);
    }

    List<OrderListItem> ofCustomer(CustomerId customer) {
        return jdbc.sql("select " + LIST_COLUMNS + " from orders o where o.customer_id = ? order by o.placed_at desc")
                .param(customer.value())
                .query(OrderRepository::listItem)
                .list();
    }

    /** Orders whose contact address is this one (any letter case), newest first: a guest's orders. */
    List<OrderListItem> ofContactEmail(String email) {
        return jdbc.sql("select " + LIST_COLUMNS
                        + " from orders o where lower(o.contact_email) = lower(?) order by o.placed_at desc")
                .param(email)
                .query(OrderRepository::listItem)
                .list();
    }

    List<OrderListItem> page(@Nullable OrderStatus status, int offset, int limit) {
        return jdbc.sql("select " + LIST_COLUMNS + " from orders o where (:status::text is null or o.status = :status)"
                        + " order by o.placed_at desc, o.id limit :limit offset :offset")
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .param("offset", offset)
                .query(OrderRepository::listItem)
                .list();
    }

    long count(@Nullable OrderStatus status) {
        return jdbc.sql("select count(*) from orders where (:status::text is null or status = :status)")
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    /**
     * Orders still awaiting payment ({@code PLACED} or {@code PAYMENT_FAILED}) that nobody changed
     * since {@code cutoff}, oldest first.
     */
    List<OrderId> unpaidUnchangedSince(Instant cutoff, int limit) {
        return jdbc.sql("""
                        select id from orders
                        where status in ('PLACED', 'PAYMENT_FAILED') and updated_at < :cutoff
                        order by updated_at limit :limit""").param("cutoff", ts(cutoff)).param("limit", limit).query(UUID.class).list().stream()
                .map(OrderId::new)
                .toList();
    }

    /** Orders in this status, oldest first. */
    List<OrderListItem> withStatus(OrderStatus status, int limit) {
        return jdbc.sql("select " + LIST_COLUMNS + " from orders o where o.status = :status"
                        + " order by o.placed_at, o.id limit :limit")
                .param("status", status.name())
                .param("limit", limit)
                .query(OrderRepository::listItem)
                .list();
    }

    boolean changedSince(OrderId id, Instant at) {
        return jdbc.sql("select exists (select 1 from orders where id = ? and updated_at >= ?)")
                .params(id.value(), ts(at))
                .query(Boolean.class)
                .single();
    }

    private void insert(Order order, Instant at) {
        var contact = order.contact();
        var shipping = order.shippingAddress();
        var billing = order.billingAddress();
        if (contact == null || shipping == null || billing == null) {
            throw new IllegalStateException("A new order needs contact and addresses");
        }
        jdbc.sql("""
                        insert into orders (id, number, customer_id, status, contact_name, contact_email, contact_phone,
                            shipping_name, shipping_line1, shipping_line2, shipping_postal_code, shipping_city,
                            shipping_country, billing_name, billing_line1, billing_line2, billing_postal_code,
                            billing_city, billing_country, total_minor, currency, placed_at, updated_at, version)
                        values (:id, :number, :customer, :status, :contactName, :contactEmail, :contactPhone,
                            :shippingName, :shippingLine1, :shippingLine2, :shippingPostalCode, :shippingCity,
                            :shippingCountry, :billingName, :billingLine1, :billingLine2, :billingPostalCode,
                            :billingCity, :billingCountry, :total, :currency, :placedAt, :at, 0)""")
                .param("id", order.id().value())
                .param("number", order.number())
                .param(
                        "customer",
                        order.customerId() == null ? null : order.customerId().value())
                .param("status", order.status().name())
                .param("contactName", contact.name())
                .param("contactEmail", contact.email())
                .param("contactPhone", contact.phone())
                .param("shippingName", shipping.name())
                .param("shippingLine1", shipping.line1())
                .param("shippingLine2", shipping.line2())
                .param("shippingPostalCode", shipping.postalCode())
                .param("shippingCity", shipping.city())
                .param("shippingCountry", shipping.country())
                .param("billingName", billing.name())
                .param("billingLine1", billing.line1())
                .param("billingLine2", billing.line2())
                .param("billingPostalCode", billing.postalCode())
                .param("billingCity", billing.city())
                .param("billingCountry", billing.country())
                .param("total", order.total().minor())
                .param("currency", order.total().currency().getCurrencyCode())
                .param("placedAt", ts(order.placedAt()))
                .param("at", ts(at))
                .update();
        var position = 0;
        for (var line : order.lines()) {
            jdbc.sql("""
                            insert into order_lines (id, order_id, position, product_id, variant_id, product_name,
                                variant_name, sku, unit_price_minor, quantity, line_total_minor, requires_proof, needs_proof)
                            values (:id, :order, :position, :product, :variant, :productName, :variantName, :sku,
                                :unitPrice, :quantity, :lineTotal, :requiresProof, :needsProof)""")
                    .param("id", line.id())
                    .param("order", order.id().value())
                    .param("position", position++)
                    .param("product", line.productId().value())
                    .param("variant", line.variantId().value())
                    .param("productName", line.productName())
                    .param("variantName", line.variantName())
                    .param("sku", line.sku())
                    .param("unitPrice", line.unitPrice().minor())
                    .param("quantity", line.quantity())
                    .param("lineTotal", line.lineTotal().minor())
                    .param("requiresProof", line.requiresProof())
                    .param("needsProof", line.needsProof())
                    .update();
            var slot = 0;
            for (var value : line.personalization()) {
                jdbc.sql("""
                                insert into order_line_personalization (line_id, position, slot_key, label, slot_type, value)
                                values (:line, :position, :slot, :label, :type, :value)""")
                        .param("line", line.id())
                        .param("position", slot++)
                        .param("slot", value.slotKey())
                        .param("label", value.label())
                        .param("type", value.type().name())
                        .param("value", value.value())
                        .update();
            }
        }
    }

    private Optional<Order> load(OrderId id, boolean lock) {
        var head = jdbc.sql("select * from orders where id = ?" + (lock ? " for update" : ""))
                .param(id.value())
                .query((rs, n) -> Head.of(rs))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        var currency = head.get().currency();
        var personalization = new HashMap<UUID, List<PersonalizationValue>>();
        jdbc.sql("""
                        select p.line_id, p.slot_key, p.label, p.slot_type, p.value
                        from order_line_personalization p join order_lines l on l.id = p.line_id
                        where l.order_id = ? order by p.line_id, p.position""").param(id.value()).query(rs -> {
            personalization
                    .computeIfAbsent(uuid(rs, "line_id"), k -> new ArrayList<>())
                    .add(new PersonalizationValue(
                            rs.getString("slot_key"),
                            rs.getString("label"),
                            SlotType.valueOf(rs.getString("slot_type")),
                            rs.getString("value")));
        });
        var lines = jdbc.sql("select * from order_lines where order_id = ? order by position")
                .param(id.value())
                .query((rs, n) -> new OrderLine(
                        uuid(rs, "id"),
                        new ProductId(uuid(rs, "product_id")),
                        new VariantId(uuid(rs, "variant_id")),
                        rs.getString("product_name"),
                        rs.getString("variant_name"),
                        rs.getString("sku"),
                        Money.of(rs.getLong("unit_price_minor"), currency),
                        rs.getInt("quantity"),
                        rs.getBoolean("requires_proof"),
                        personalization.getOrDefault(uuid(rs, "id"), List.of())))
                .list();
        var history = jdbc.sql("select * from order_transitions where order_id = ? order by id")
                .param(id.value())
                .query((rs, n) -> new Transition(
                        rs.getString("from_status") == null ? null : OrderStatus.valueOf(rs.getString("from_status")),
                        OrderStatus.valueOf(rs.getString("to_status")),
                        instant(rs, "at"),
                        new Actor(rs.getString("actor")),
                        rs.getString("note")))
                .list();
        var h = head.get();
        return Optional.of(Order.restore(
                id,
                h.number(),
                h.customerId(),
                h.contact(),
                h.shipping(),
                h.billing(),
                h.billingCountry(),
                lines,
                Money.of(h.totalMinor(), currency),
                h.placedAt(),
                h.status(),
                h.attention(),
                h.anonymizedAt(),
                h.deliveredAt(),
                h.version(),
                history));
    }

    private record Head(
            String number,
            @Nullable CustomerId customerId,
            @Nullable Contact contact,
            @Nullable Address shipping,
            @Nullable Address billing,
            String billingCountry,
            long totalMinor,
            String currency,
            Instant placedAt,
            OrderStatus status,
            @Nullable String attention,
            @Nullable Instant anonymizedAt,
            @Nullable Instant deliveredAt,
            long version) {

        static Head of(ResultSet rs) throws SQLException {
            var customer = nullableUuid(rs, "customer_id");
            var contact = rs.getString("contact_email") == null
                    ? null
                    : new Contact(
                            rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone"));
            return new Head(
                    rs.getString("number"),
                    customer == null ? null : new CustomerId(customer),
                    contact,
                    address(rs, "shipping_"),
                    address(rs, "billing_"),
                    rs.getString("billing_country"),
                    rs.getLong("total_minor"),
                    rs.getString("currency"),
                    instant(rs, "placed_at"),
                    OrderStatus.valueOf(rs.getString("status")),
                    rs.getString("attention"),
                    nullableInstant(rs, "anonymized_at"),
                    nullableInstant(rs, "delivered_at"),
                    rs.getLong("version"));
        }

        private static @Nullable Address address(ResultSet rs, String prefix) throws SQLException {
            if (rs.getString(prefix + "name") == null) {
                return null;
            }
            return new Address(
                    rs.getString(prefix + "name"),
                    rs.getString(prefix + "line1"),
                    rs.getString(prefix + "line2"),
                    rs.getString(prefix + "postal_code"),
                    rs.getString(prefix + "city"),
                    rs.getString(prefix + "country"));
        }
    }

    private static OrderListItem listItem(ResultSet rs, int row) throws SQLException {
        var customer = nullableUuid(rs, "customer_id");
        return new OrderListItem(
                new OrderId(uuid(rs, "id")),
                rs.getString("number"),
                OrderStatus.valueOf(rs.getString("status")),
                Money.of(rs.getLong("total_minor"), rs.getString("currency")),
                instant(rs, "placed_at"),
                customer == null ? null : new CustomerId(customer),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getInt("items"),
                rs.getString("attention"));
    }
}
