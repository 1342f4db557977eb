package shop.atelier.orders.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderId;
import shop.atelier.privacy.spi.DataCategory;
import shop.atelier.privacy.spi.DataInventory;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ErasureReport;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/**
 * The personal data in orders and carts: what it is, export of everything about one person, and
 * erasure that keeps only what tax law needs until the retention period ends (promises R2, G1, G3).
 * A person is found by their account id or by the contact email of their orders (guests).
 *
 * <p>Runs after the holders that find a person's data through their orders (proofs, production,
 * shipping): erasure anonymizes the contact email and account of an order, after which nobody can
 * tell whose it was.
 */
@Component
@org.springframework.core.annotation.Order(500)
class OrdersPersonalData implements PersonalDataHolder {

    /** What tax law makes the shop keep of an erased person's order, with no contact or address. */
    private static final List<String> KEPT_ON_ERASURE = List.of(
            "orders.number",
            "orders.placed_at",
            "orders.total_minor",
            "orders.currency",
            "orders.billing_country",
            "order_lines.product_name",
            "order_lines.variant_name",
            "order_lines.sku",
            "order_lines.quantity",
            "order_lines.unit_price_minor",
            "order_lines.line_total_minor");

    static final String HOLDER = "orders";
    private static final List<String> NOT_PERSONAL = List.of(
            "carts.id",
            "carts.token_hash",
            "carts.created_at",
            "carts.updated_at",
            "cart_lines.id",
            "cart_lines.cart_id",
            "cart_lines.variant_id",
            "cart_lines.quantity",
            "cart_lines.added_at",
            "cart_line_personalization.line_id",
            "cart_line_personalization.position",
            "cart_line_personalization.slot_key",
            "cart_line_personalization.label",
            "cart_line_personalization.slot_type",
            "orders.id",
            "orders.status",
            "orders.updated_at",
            "orders.delivered_at",
            "orders.materials_destroyed_at",
            "orders.anonymized_at",
            "orders.version",
            "order_lines.id",
            "order_lines.order_id",
            "order_lines.position",
            "order_lines.product_id",
            "order_lines.variant_id",
            "order_lines.requires_proof",
            "order_lines.needs_proof",
            "order_line_personalization.line_id",
            "order_line_personalization.position",
            "order_line_personalization.slot_key",
            "order_line_personalization.label",
            "order_line_personalization.slot_type",
            "order_transitions.id",
            "order_transitions.order_id",
            "order_transitions.from_status",
            "order_transitions.to_status",
            "order_transitions.at",
            "order_tracking_tokens.token_hash",
            "order_tracking_tokens.order_id",
            "order_tracking_tokens.issued_at");
    static final String TAX_REASON = "tax and accounting records";
    static final String INVOICE_REASON =
            "the tax law requires invoices, and so the kept tax records, to name the buyer and their address";

    private final JdbcClient jdbc;
    private final OrderRepository orders;
    private final CartRepository carts;
    private final Uploads uploads;
    private final OrdersProperties properties;
    private final Clock clock;

    OrdersPersonalData(
            JdbcClient jdbc,
            OrderRepository orders,
            CartRepository carts,
            Uploads uploads,
            OrdersProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.carts = carts;
        this.uploads = uploads;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public DataInventory inventory() {
        var retention = describe(properties.retention()) + " after purchase, then anonymized";
        var orderRetention = "Needed to perform the order; afterwards kept " + retention
                + " for tax and accounting duties (legal obligation), then anonymized";
        return new DataInventory(
                HOLDER,
                List.of(
                        new DataCategory(
                                "contact.order",
                                "Name, email address and phone number given at checkout, and the account the order"
                                        + " belongs to",
                                "Confirm the order, tell the customer about payment and delivery, answer questions"
                                        + " about it",
                                LegalBasis.CONTRACT,
                                List.of(),
                                orderRetention,
                                List.of(
                                        "orders.contact_name",
                                        "orders.contact_email",
                                        "orders.contact_phone",
                                        "orders.customer_id")),
                        new DataCategory(
                                "address.shipping",
                                "Delivery address of an order",
                                "Deliver the order",
                                LegalBasis.CONTRACT,
                                List.of("logistics companies (the parcel label only)"),
                                orderRetention,
                                List.of(
                                        "orders.shipping_name",
                                        "orders.shipping_line1",
                                        "orders.shipping_line2",
                                        "orders.shipping_postal_code",
                                        "orders.shipping_city",
                                        "orders.shipping_country")),
                        new DataCategory(
                                "address.billing",
                                "Billing address of an order",
                                "Invoice the order",
                                LegalBasis.CONTRACT,
                                List.of(),
                                orderRetention,
                                List.of(
                                        "orders.billing_name",
                                        "orders.billing_line1",
                                        "orders.billing_line2",
                                        "orders.billing_postal_code",
                                        "orders.billing_city")),
                        new DataCategory(
                                "purchase.tax-record",
                                "What was bought, when, at what price, and the billing country",
                                "Tax and accounting records the law requires",
                                LegalBasis.LEGAL_OBLIGATION,
                                List.of(),
                                retention,
                                List.of(
                                        "orders.number",
                                        "orders.placed_at",
                                        "orders.total_minor",
                                        "orders.currency",
                                        "orders.billing_country",
                                        "order_lines.product_name",
                                        "order_lines.variant_name",
                                        "order_lines.sku",
                                        "order_lines.quantity",
                                        "order_lines.unit_price_minor",
                                        "order_lines.line_total_minor")),
                        new DataCategory(
                                "content.personalization_text",
                                "Text and references to uploaded material the customer gave to personalize a"
                                        + " product (in the cart also a fingerprint of it, to merge equal lines)",
                                "Make the personalized product",
                                LegalBasis.CONTRACT,
                                List.of("craftsmen and workshops (design details only)"),
                                "Kept with the order; removed on an erasure request and when the order is"
                                        + " anonymized (" + describe(properties.retention()) + " after purchase)",
                                List.of(
                                        "order_line_personalization.value",
                                        "cart_line_personalization.value",
                                        "cart_lines.personalization_key")),
                        new DataCategory(
                                "cart",
                                "The cart of a signed-in customer",
                                "Keep what the customer is about to buy",
                                LegalBasis.CONTRACT,
                                List.of(),
                                describe(properties.cartRetention().toDays()) + " after the cart was last changed",
                                List.of("carts.customer_id")),
                        new DataCategory(
                                "order.history",
                                "Who changed an order's status, when, and staff notes about it (including why it needs attention)",
                                "Know what happened to an order and who did it",
                                LegalBasis.LEGITIMATE_INTEREST,
                                List.of(),
                                "As long as the order; staff notes are removed when the order is anonymized",
                                List.of("order_transitions.actor", "order_transitions.note", "orders.attention"))),
                NOT_PERSONAL,
                keptOnErasure());
    }

    @Override
    @Transactional(readOnly = true)
    public void export(DataSubject subject, ExportSink sink) {
        for (var id : orderIdsOf(subject)) {
            orders.find(id).ifPresent(order -> sink.record(HOLDER, "order", export(order)));
        }
        if (subject.customerId() != null) {
            for (var cart : carts.ofCustomer(new CustomerId(subject.customerId()))) {
                sink.record(
                        HOLDER,
                        "cart",
                        Map.of(
                                "lines",
                                cart.lines().stream()
                                        .map(line -> Map.of(
                                                "variantId", line.variantId().toString(),
                                                "quantity", line.quantity(),
                                                "personalization", personalization(line.personalization()),
                                                "addedAt", line.addedAt().toString()))
                                        .toList()));
                exportCartUploads(cart.id(), sink);
            }
        }
    }

    /**
     * The files in a signed-in customer's cart: they are the person's before checkout makes them the
     * order's (and the uploads module's to report by owner).
     */
    private void exportCartUploads(CartId cart, ExportSink sink) {
        for (var material : uploads.materials(UploadScope.cart(cart.value()))) {
            sink.record(
                    HOLDER,
                    "cart-upload",
                    Map.of(
                            "id", material.id().toString(),
                            "name", material.label(),
                            "contentType", material.contentType(),
                            "size", material.size(),
                            "uploadedAt", material.createdAt().toString()));
            try (var content = uploads.open(material.id())) {
                sink.file(HOLDER, material.id() + "-" + material.label(), material.contentType(), content);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The tax record, with the billing details the shop's tax law requires where configured. */
    private List<String> keptOnErasure() {
        var kept = new ArrayList<>(KEPT_ON_ERASURE);
        for (var field : TaxRecordField.values()) {
            if (properties.taxRecordKeeps().contains(field)) {
                field.columns().forEach(column -> kept.add("orders." + column));
            }
        }
        return kept;
    }

    @Override
    @Transactional
    public ErasureReport erase(DataSubject subject, ErasureMode mode) {
        var erased = new ArrayList<String>();
        var kept = new ArrayList<ErasureReport.Kept>();
        var today = LocalDate.ofInstant(clock.instant(), properties.displayZone());
        for (var id : orderIdsOf(subject)) {
            var order = orders.find(id).orElseThrow();
            var until = LocalDate.ofInstant(order.placedAt(), properties.displayZone())
                    .plus(properties.retention());
            if (mode == ErasureMode.ERASE_ALL || !until.isAfter(today)) {
                jdbc.sql("delete from orders where id = ?").param(id.value()).update();
                erased.add("order " + order.number() + ": everything");
            } else {
                anonymize(id);
                var billingKept = !properties.taxRecordKeeps().isEmpty();
                erased.add("order " + order.number()
                        + ": contact.order, address.shipping, "
                        + (billingKept ? "" : "address.billing (except the country), ")
                        + "content.personalization_text, staff notes");
                kept.add(new ErasureReport.Kept(
                        "purchase.tax-record (order " + order.number() + ")", TAX_REASON, until));
                if (billingKept) {
                    kept.add(new ErasureReport.Kept(
                            "address.billing (order " + order.number() + ")", INVOICE_REASON, until));
                }
            }
        }
        if (subject.customerId() != null) {
            // The files in the carts go with their data key: crypto-shredded, as after checkout.
            for (var cart : carts.ofCustomer(new CustomerId(subject.customerId()))) {
                uploads.destroyScope(UploadScope.cart(cart.id().value()));
            }
            var deleted = carts.deleteOfCustomer(new CustomerId(subject.customerId()));
            if (deleted > 0) {
                erased.add("cart (" + deleted + ")");
            }
        }
        return new ErasureReport(HOLDER, erased, kept);
    }

    private void anonymize(OrderId id) {
        var now = Sql.ts(clock.instant());
        var billing = new StringBuilder();
        for (var field : TaxRecordField.values()) {
            if (!properties.taxRecordKeeps().contains(field)) {
                field.columns().forEach(column -> billing.append(column).append(" = null, "));
            }
        }
        jdbc.sql("update orders set customer_id = null, contact_name = null, contact_email = null,"
                        + " contact_phone = null, shipping_name = null, shipping_line1 = null, shipping_line2 = null,"
                        + " shipping_postal_code = null, shipping_city = null, shipping_country = null, "
                        + billing
                        + "anonymized_at = :at, updated_at = :at, version = version + 1 where id = :id")
                .param("at", now)
                .param("id", id.value())
                .update();
        jdbc.sql("""
                        delete from order_line_personalization
                        where line_id in (select id from order_lines where order_id = ?)""").param(id.value()).update();
        jdbc.sql("delete from order_tracking_tokens where order_id = ?")
                .param(id.value())
                .update();
        jdbc.sql("update order_transitions set note = null where order_id = ? and actor like 'staff:%'")
                .param(id.value())
                .update();
    }

    private List<OrderId> orderIdsOf(DataSubject subject) {
        return jdbc
                .sql("""
                        select id from orders
                        where (:customer::uuid is not null and customer_id = :customer::uuid)
                           or lower(contact_email) = :email
                        order by placed_at""")
                .param("customer", subject.customerId())
                .param("email", subject.email())
                .query(UUID.class)
                .list()
                .stream()
                .map(OrderId::new)
                .toList();
    }

    private static Map<String, Object> export(Order order) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("number", order.number());
        fields.put("status", order.status().name());
        fields.put("placedAt", order.placedAt().toString());
        fields.put("total", order.total().toDecimal().toPlainString());
        fields.put("currency", order.total().currency().getCurrencyCode());
        var contact = order.contact();
        if (contact != null) {
            var c = new LinkedHashMap<String, Object>();
            c.put("name", contact.name());
            c.put("email", contact.email());
            if (contact.phone() != null) {
                c.put("phone", contact.phone());
            }
            fields.put("contact", c);
        }
        putAddress(fields, "shippingAddress", order.shippingAddress());
        putAddress(fields, "billingAddress", order.billingAddress());
        fields.put("billingCountry", order.billingCountry());
        fields.put(
                "lines",
                order.lines().stream()
                        .map(line -> Map.of(
                                "product", line.productName(),
                                "variant", line.variantName(),
                                "sku", line.sku(),
                                "quantity", line.quantity(),
                                "unitPrice", line.unitPrice().toDecimal().toPlainString(),
                                "lineTotal", line.lineTotal().toDecimal().toPlainString(),
                                "personalization", personalization(line.personalization())))
                        .toList());
        fields.put(
                "history",
                order.history().stream()
                        .map(t -> {
                            var entry = new LinkedHashMap<String, Object>();
                            if (t.from() != null) {
                                entry.put("from", t.from().name());
                            }
                            entry.put("to", t.to().name());
                            entry.put("at", t.at().toString());
                            // Staff are named by role only: their identity is not the subject's data.
                            entry.put("by", t.actor().kind());
                            if (t.note() != null) {
                                entry.put("note", t.note());
                            }
                            return entry;
                        })
                        .toList());
        return fields;
    }

    private static void putAddress(Map<String, Object> fields, String key, @Nullable Address address) {
        if (address == null) {
            return;
        }
        var a = new LinkedHashMap<String, Object>();
        a.put("name", address.name());
        a.put("line1", address.line1());
        if (address.line2() != null) {
            a.put("line2", address.line2());
        }
        a.put("postalCode", address.postalCode());
        a.put("city", address.city());
        a.put("country", address.country());
        fields.put(key, a);
    }

    private static List<Map<String, Object>> personalization(List<PersonalizationValue> values) {
        return values.stream()
                .map(value -> Map.<String, Object>of(
                        "slot", value.slotKey(),
                        "label", value.label(),
                        "type", value.type().name(),
                        "value", value.value()))
                .toList();
    }

    static String describe(Period period) {
        var parts = new ArrayList<String>();
        if (period.getYears() != 0) {
            parts.add(plural(period.getYears(), "year"));
        }
        if (period.getMonths() != 0) {
            parts.add(plural(period.getMonths(), "month"));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(plural(period.getDays(), "day"));
        }
        return String.join(" ", parts);
    }

    static String describe(long days) {
        return plural(days, "day");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
