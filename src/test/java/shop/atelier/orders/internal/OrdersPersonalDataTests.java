package shop.atelier.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.orders.OrderId;
import shop.atelier.payments.Payments;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ErasureReport;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.uploads.Uploads;

@OrdersModuleTest
class OrdersPersonalDataTests {

    @Autowired
    OrdersPersonalData holder;

    @Autowired
    OrderRepository orderRepository;

    @Autowired
    CartRepository cartRepository;

    @Autowired
    Uploads uploads;

    @Autowired
    CartService carts;

    @Autowired
    CheckoutService checkout;

    @Autowired
    OrderQueries queries;

    @Autowired
    Catalog catalog;

    @Autowired
    Customers customers;

    @Autowired
    Payments payments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    OrderService orderService;

    @Autowired
    TransactionTemplate transactions;

    OrderTestSupport orders;
    PricedVariant mug;

    @BeforeEach
    void setUp() {
        orders = new OrderTestSupport(carts, checkout, payments, jdbc);
        mug = new CatalogFixture(catalog).product("Photo mug", 1490);
    }

    @Test
    void theInventoryNamesRealColumnsWithPurposeBasisAndRetention() {
        var inventory = holder.inventory();

        assertThat(inventory.holder()).isEqualTo("orders");
        var columns = inventory.categories().stream()
                .flatMap(category -> category.columns().stream())
                .toList();
        assertThat(columns)
                .contains(
                        "orders.contact_name",
                        "orders.contact_email",
                        "orders.contact_phone",
                        "orders.shipping_line1",
                        "orders.billing_line1",
                        "order_line_personalization.value");
        for (var column : columns) {
            var parts = column.split("\\.");
            assertThat(jdbc.sql(
                                    "select count(*) from information_schema.columns where table_name = ? and column_name = ?")
                            .param(parts[0])
                            .param(parts[1])
                            .query(Integer.class)
                            .single())
                    .as(column)
                    .isEqualTo(1);
        }
        var contact = inventory.categories().stream()
                .filter(c -> c.id().equals("contact.order"))
                .findFirst()
                .orElseThrow();
        assertThat(contact.legalBasis()).isEqualTo(LegalBasis.CONTRACT);
        assertThat(contact.retention()).contains("7 years after purchase, then anonymized");
        assertThat(inventory.categories())
                .anySatisfy(c -> assertThat(c.legalBasis()).isEqualTo(LegalBasis.LEGAL_OBLIGATION))
                .allSatisfy(c -> assertThat(c.purpose()).isNotBlank());
    }

    @Test
    void exportsEveryOrderOfAGuestWithLinesAddressesAndHistory() {
        var email = OrderTestSupport.uniqueEmail();
        var first = orders.place(mug, email);
        var second = orders.place(mug, email);
        orders.place(mug, OrderTestSupport.uniqueEmail());

        var sink = new RecordingSink();
        holder.export(DataSubject.guest(email.toUpperCase()), sink);

        assertThat(sink.records)
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.holder()).isEqualTo("orders"));
        assertThat(sink.records)
                .extracting(r -> (Object) r.fields().get("number"))
                .containsExactly(first.number(), second.number());
        var order = sink.records.getFirst().fields();
        assertThat(order.get("contact")).isEqualTo(Map.of("name", "Ann Example", "email", email));
        assertThat(order.get("shippingAddress").toString()).contains("line1=Hauptstraße 1");
        assertThat(order.get("lines").toString())
                .contains("For Ann")
                .contains("Photo mug")
                .contains("14.90");
        assertThat(order.get("history").toString()).contains("PLACED").contains("by=customer");
    }

    @Test
    void exportsACustomersOrdersAndCartWithoutNamingStaff() {
        var customer = new CustomerProfile(CustomerId.random(), "Bea", OrderTestSupport.uniqueEmail(), null);
        var order = orders.placeAs(customer, mug, customers);
        orderService.cancel(order.id(), Actor.staff("bob@atelier.example"), "asked by phone");
        cartOf(customer);

        var sink = new RecordingSink();
        holder.export(new DataSubject(customer.id().value(), "someone-else@example.com"), sink);

        assertThat(sink.records).extracting(RecordingSink.Record::kind).containsExactly("order", "cart");
        assertThat(sink.records.getFirst().fields().get("history").toString())
                .contains("by=staff")
                .contains("asked by phone")
                .doesNotContain("bob@atelier.example");
        assertThat(sink.records.getLast().fields().get("lines").toString()).contains("For Bea");
    }

    @Test
    void erasureKeepsOnlyTheTaxRecordOfRecentOrders() {
        var customer = new CustomerProfile(CustomerId.random(), "Cem", OrderTestSupport.uniqueEmail(), "+49 1");
        var order = orders.placeAs(customer, mug, customers);
        cartOf(customer);
        var subject = new DataSubject(customer.id().value(), customer.email());

        var report = holder.erase(subject, ErasureMode.KEEP_LEGAL_MINIMUM);

        var until = LocalDate.ofInstant(placedAt(order.id()), ZoneOffset.systemDefault())
                .plus(Period.ofYears(7));
        assertThat(report.kept())
                .containsExactly(new ErasureReport.Kept(
                        "purchase.tax-record (order " + order.number() + ")", "tax and accounting records", until));
        assertThat(report.erased()).anyMatch(e -> e.contains(order.number())).anyMatch(e -> e.startsWith("cart"));

        var row = jdbc.sql("select * from orders where id = ?")
                .param(order.id().value())
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("number", order.number())
                .containsEntry("total_minor", 2980L)
                .containsEntry("billing_country", "DE")
                .containsEntry("customer_id", null)
                .containsEntry("contact_name", null)
                .containsEntry("contact_email", null)
                .containsEntry("contact_phone", null)
                .containsEntry("shipping_line1", null)
                .containsEntry("shipping_country", null)
                .containsEntry("billing_name", null)
                .containsEntry("billing_line1", null);
        assertThat(row.get("anonymized_at")).isNotNull();
        assertThat(jdbc.sql("select product_name || ':' || unit_price_minor from order_lines where order_id = ?")
                        .param(order.id().value())
                        .query(String.class)
                        .list())
                .containsExactly("Photo mug:1490");
        assertThat(jdbc.sql("""
                        select count(*) from order_line_personalization p join order_lines l on l.id = p.line_id
                        where l.order_id = ?""").param(order.id().value()).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from carts where customer_id = ?")
                        .param(customer.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(queries.byId(order.id()).anonymized()).isTrue();
        assertThatTrackingLinkIsGone(order);

        var again = new RecordingSink();
        holder.export(subject, again);
        assertThat(again.records).isEmpty();
        assertThat(holder.erase(subject, ErasureMode.KEEP_LEGAL_MINIMUM).kept()).isEmpty();
    }

    @Test
    void whereTheTaxLawAsksForItTheBillingNameAndAddressStayWithTheTaxRecord() {
        var keepingBilling = new OrdersPersonalData(
                jdbc,
                orderRepository,
                cartRepository,
                uploads,
                new OrdersProperties(
                        null, null, null, Set.of(TaxRecordField.BILLING_NAME, TaxRecordField.BILLING_ADDRESS)),
                clock);
        var customer = new CustomerProfile(CustomerId.random(), "Dana", OrderTestSupport.uniqueEmail(), "+49 2");
        var order = orders.placeAs(customer, mug, customers);
        var billingBefore = jdbc.sql("select billing_name, billing_line1, billing_city from orders where id = ?")
                .param(order.id().value())
                .query()
                .singleRow();

        var report = keepingBilling.erase(
                new DataSubject(customer.id().value(), customer.email()), ErasureMode.KEEP_LEGAL_MINIMUM);

        assertThat(keepingBilling.inventory().keptOnErasure())
                .contains("orders.billing_name", "orders.billing_line1", "orders.billing_city");
        assertThat(holder.inventory().keptOnErasure()).doesNotContain("orders.billing_name");
        assertThat(report.kept())
                .extracting(ErasureReport.Kept::category)
                .containsExactly(
                        "purchase.tax-record (order " + order.number() + ")",
                        "address.billing (order " + order.number() + ")");
        var row = jdbc.sql("select * from orders where id = ?")
                .param(order.id().value())
                .query()
                .singleRow();
        assertThat(row)
                .containsAllEntriesOf(billingBefore)
                .containsEntry("contact_email", null)
                .containsEntry("contact_name", null)
                .containsEntry("shipping_line1", null);
        assertThat(billingBefore.get("billing_line1")).isNotNull();
    }

    @Test
    void ordersOlderThanTheRetentionPeriodAreDeletedOutright() {
        var email = OrderTestSupport.uniqueEmail();
        var old = Order.place(
                OrderId.random(),
                "A-1811-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(),
                null,
                new Contact("Old Customer", email, null),
                OrderFixtures.address(),
                OrderFixtures.address(),
                List.of(OrderFixtures.line(990, 1, "Old text")),
                Actor.CUSTOMER,
                clock.instant().minus(Duration.ofDays(8 * 366)));
        transactions.executeWithoutResult(status -> orderRepository.save(old, clock.instant()));

        var report = holder.erase(DataSubject.guest(email), ErasureMode.KEEP_LEGAL_MINIMUM);

        assertThat(report.kept()).isEmpty();
        assertThat(report.erased()).containsExactly("order " + old.number() + ": everything");
        assertThat(orderRepository.find(old.id())).isEmpty();
    }

    @Test
    void eraseAllRemovesEverything() {
        var email = OrderTestSupport.uniqueEmail();
        var order = orders.place(mug, email);

        var report = holder.erase(DataSubject.guest(email), ErasureMode.ERASE_ALL);

        assertThat(report.kept()).isEmpty();
        assertThat(report.erased()).containsExactly("order " + order.number() + ": everything");
        assertThat(jdbc.sql("select count(*) from orders where id = ?")
                        .param(order.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from order_transitions where order_id = ?")
                        .param(order.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void somebodyWithoutOrdersHasNothingHere() {
        var subject = new DataSubject(UUID.randomUUID(), OrderTestSupport.uniqueEmail());
        var sink = new RecordingSink();

        holder.export(subject, sink);

        assertThat(sink.records).isEmpty();
        assertThat(holder.erase(subject, ErasureMode.KEEP_LEGAL_MINIMUM))
                .isEqualTo(ErasureReport.nothingHeld("orders"));
    }

    /** The customer, signed in, leaves an item in a cart. */
    private void cartOf(CustomerProfile customer) {
        when(customers.signedIn()).thenReturn(Optional.of(customer));
        var cart = carts.createApiCart();
        carts.addLine(cart.id(), mug.variantId(), 1, Map.of("engraving", "For " + customer.name()));
        when(customers.signedIn()).thenReturn(Optional.empty());
    }

    private Instant placedAt(OrderId id) {
        return orderRepository.find(id).orElseThrow().placedAt();
    }

    private void assertThatTrackingLinkIsGone(PlacedOrder order) {
        assertThat(jdbc.sql("select count(*) from order_tracking_tokens where order_id = ?")
                        .param(order.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    static final class RecordingSink implements ExportSink {

        record Record(String holder, String kind, Map<String, ?> fields) {}

        final List<Record> records = new ArrayList<>();

        @Override
        public void record(String holder, String kind, Map<String, ?> fields) {
            records.add(new Record(holder, kind, fields));
        }

        @Override
        public void file(String holder, String name, String contentType, InputStream content) {
            throw new AssertionError("orders hold no files");
        }
    }
}
