package shop.atelier.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.payments.PaymentConfirmed;
import shop.atelier.payments.PaymentFailed;
import shop.atelier.payments.Payments;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

@OrdersModuleTest
class UnpaidOrdersTests {

    static final Duration RETENTION = Duration.ofHours(48);

    @Autowired
    CartService carts;

    @Autowired
    CheckoutService checkout;

    @Autowired
    OrderRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Catalog catalog;

    @Autowired
    Payments payments;

    @Autowired
    Uploads uploads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    OrderTestSupport support;
    UploadsStub files;
    PricedVariant frame;

    @BeforeEach
    void setUp() {
        support = new OrderTestSupport(carts, checkout, payments, jdbc);
        new CatalogFixture(catalog);
        files = new UploadsStub(uploads);
        frame = new PersonalizedProducts(catalog).product("Photo frame", true);
    }

    @Test
    void ordersUnpaidForLongerThanTheRetentionAreCancelledAndTheirUploadsDeleted(Scenario scenario) {
        var unpaid = place();
        var failed = place();
        var paid = place();
        scenario.publish(new PaymentFailed(failed.order().id().value(), "sandbox", "declined", Instant.now()))
                .andWaitForStateChange(() -> support.status(failed.order()), "PAYMENT_FAILED"::equals);
        scenario.publish(new PaymentConfirmed(
                        paid.order().id().value(),
                        "sandbox",
                        "pay_" + UUID.randomUUID(),
                        paid.order().total(),
                        Instant.now()))
                .andWaitForStateChange(() -> support.status(paid.order()), "PROOFING"::equals);

        run(Duration.ofHours(47));

        assertThat(support.status(unpaid.order())).as("not yet 48 hours").isEqualTo("PLACED");
        assertThat(support.status(failed.order())).isEqualTo("PAYMENT_FAILED");

        run(Duration.ofHours(49));

        assertThat(support.status(unpaid.order())).isEqualTo("CANCELLED");
        assertThat(support.history(unpaid.order())).endsWith("PLACED>CANCELLED by system");
        assertThat(support.status(failed.order())).isEqualTo("CANCELLED");
        assertThat(support.history(failed.order())).endsWith("PAYMENT_FAILED>CANCELLED by system");
        assertThat(support.status(paid.order())).isEqualTo("PROOFING");
        verify(uploads, timeout(10_000))
                .destroyScope(UploadScope.order(unpaid.order().id().value()));
        verify(uploads, timeout(10_000))
                .destroyScope(UploadScope.order(failed.order().id().value()));
        assertThat(files.scopeOf(unpaid.photo())).isEmpty();
        assertThat(files.scopeOf(failed.photo())).isEmpty();
        assertThat(files.scopeOf(paid.photo()))
                .contains(UploadScope.order(paid.order().id().value()));
        verify(uploads, never())
                .destroyScope(UploadScope.order(paid.order().id().value()));

        scenario.publish(new PaymentConfirmed(
                        unpaid.order().id().value(),
                        "sandbox",
                        "pay_" + UUID.randomUUID(),
                        unpaid.order().total(),
                        Instant.now()))
                .andWaitForStateChange(() -> attention(unpaid.order()), text -> text != null);
        assertThat(support.status(unpaid.order()))
                .as("a late payment does not revive it")
                .isEqualTo("CANCELLED");
    }

    private void run(Duration later) {
        var task = new UnpaidOrders()
                .ordersUnpaidExpiry(
                        repository, transactions, Clock.offset(clock, later), RETENTION, Duration.ofHours(1));
        task.execute(null, null);
    }

    private record Placed(PlacedOrder order, MaterialId photo) {}

    private Placed place() {
        var cart = carts.createApiCart();
        var photo = files.upload(UploadScope.cart(cart.id().value()), MaterialKind.PHOTO, "grandma.jpg");
        carts.addLine(cart.id(), frame.variantId(), 1, Map.of("photo", photo.toString()));
        return new Placed(
                checkout.checkout(cart.id(), OrderWorkflowTests.details(OrderTestSupport.uniqueEmail())), photo);
    }

    private String attention(PlacedOrder order) {
        return jdbc.sql("select attention from orders where id = ?")
                .param(order.id().value())
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
