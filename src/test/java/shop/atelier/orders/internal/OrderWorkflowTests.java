package shop.atelier.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.notifications.Notifications;
import shop.atelier.orders.IllegalOrderTransition;
import shop.atelier.orders.OrderCancelled;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderProofingStarted;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.Orders;
import shop.atelier.payments.PaymentConfirmed;
import shop.atelier.payments.Payments;
import shop.atelier.platform.NotFoundException;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/** From payment to production: design previews first where a line needs one; cancelled stays cancelled. */
@OrdersModuleTest
class OrderWorkflowTests {

    @Autowired
    CartService carts;

    @Autowired
    CheckoutService checkout;

    @Autowired
    OrderService orderService;

    @Autowired
    Orders orders;

    @Autowired
    Catalog catalog;

    @Autowired
    Customers customers;

    @Autowired
    Payments payments;

    @Autowired
    Notifications notifications;

    @Autowired
    Uploads uploads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrderRepository repository;

    @Autowired
    ConfirmationMail confirmationMail;

    @Autowired
    MailLinks mailLinks;

    @Autowired
    TransactionTemplate transactions;

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

    /**
     * The payment listener is called on the test thread here (in a transaction, as the event
     * registry would call it), so the scenario sees the events it publishes.
     */
    @Test
    void aPaidOrderWithALineNeedingAProofWaitsForTheCustomersApproval(Scenario scenario) {
        var order = placeWithPhoto(OrderTestSupport.uniqueEmail());
        var listener = new PaymentListener(repository, notifications, confirmationMail, mailLinks, clock);

        scenario.stimulate(() -> transactions.executeWithoutResult(status -> listener.on(paid(order))))
                .andWaitForEventOfType(OrderProofingStarted.class)
                .matching(started -> started.orderId().equals(order.id()))
                .toArriveAndVerify(started -> {
                    assertThat(support.status(order)).isEqualTo("PROOFING");
                    assertThat(support.history(order))
                            .containsExactly(
                                    "->PLACED by customer",
                                    "PLACED>PAID by payment-provider:sandbox",
                                    "PAID>PROOFING by system");
                });
        verify(notifications).enqueue(any());
    }

    @Test
    void theRegisteredListenerSendsAPaidOrderToProofing(Scenario scenario) {
        var order = placeWithPhoto(OrderTestSupport.uniqueEmail());

        scenario.publish(paid(order)).andWaitForStateChange(() -> support.status(order), "PROOFING"::equals);

        assertThat(support.history(order))
                .endsWith("PLACED>PAID by payment-provider:sandbox", "PAID>PROOFING by system");
    }

    @Test
    void aProductAskingForAProofGoesStraightToProductionWhenTheLineIsNotPersonalized(Scenario scenario) {
        var cart = carts.createApiCart();
        carts.addLine(cart.id(), frame.variantId(), 1, Map.of());
        var order = checkout.checkout(cart.id(), details(OrderTestSupport.uniqueEmail()));

        scenario.publish(paid(order)).andWaitForStateChange(() -> support.status(order), "IN_PRODUCTION"::equals);

        assertThat(support.history(order)).endsWith("PAID>IN_PRODUCTION by system");
    }

    @Test
    void approvedProofsStartProductionOnceAndOnlyFromProofing(Scenario scenario) {
        var order = placeWithPhoto(OrderTestSupport.uniqueEmail());
        assertThatThrownBy(() -> orders.proofsApproved(order.id()))
                .as("not paid yet")
                .isInstanceOfSatisfying(
                        IllegalOrderTransition.class, e -> assertThat(e.from()).isEqualTo(OrderStatus.PLACED));
        scenario.publish(paid(order)).andWaitForStateChange(() -> support.status(order), "PROOFING"::equals);

        orders.proofsApproved(order.id());

        assertThat(support.status(order)).isEqualTo("IN_PRODUCTION");
        assertThat(support.history(order)).endsWith("PROOFING>IN_PRODUCTION by customer approval");
        var history = support.history(order);

        orders.proofsApproved(order.id());

        assertThat(support.history(order)).as("repeating changes nothing").isEqualTo(history);
        assertThat(orders.summary(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.IN_PRODUCTION);
        assertThatThrownBy(() -> orders.proofsApproved(new OrderId(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPaymentForACancelledOrderDoesNotReviveIt(Scenario scenario) {
        var order = placeWithPhoto(OrderTestSupport.uniqueEmail());
        var orderScope = UploadScope.order(order.id().value());
        orderService.cancel(order.id(), Actor.staff("bob@atelier.example"), "Customer asked");
        verify(uploads, timeout(10_000)).destroyScope(orderScope);
        assertThat(files.scopeOf(photoOf(order))).as("the photo is deleted").isEmpty();

        scenario.publish(paid(order)).andWaitForStateChange(() -> attention(order.id()), text -> text != null);

        assertThat(support.status(order)).isEqualTo("CANCELLED");
        assertThat(attention(order.id())).contains("refund");
        assertThat(support.history(order)).endsWith("CANCELLED>CANCELLED by payment-provider:sandbox");
        verify(notifications, never()).enqueue(any());
    }

    @Test
    void cancellingPublishesOrderCancelled(Scenario scenario) {
        var order = support.placeAsGuest(new CatalogFixture(catalog).product("Mug", 990));

        scenario.stimulate(() -> orderService.cancel(order.id(), Actor.staff("bob@atelier.example"), null))
                .andWaitForEventOfType(OrderCancelled.class)
                .matching(cancelled -> cancelled.orderId().equals(order.id()))
                .toArrive();
    }

    @Test
    void otherModulesFindAnOrderByTrackingTokenAndWriteToItsCustomer() {
        var guestEmail = OrderTestSupport.uniqueEmail();
        var guestOrder = placeWithPhoto(guestEmail);
        assertThat(orders.byTrackingToken(guestOrder.trackingToken().value()))
                .hasValueSatisfying(summary -> assertThat(summary.id()).isEqualTo(guestOrder.id()));
        assertThat(orders.byTrackingToken("nope")).isEmpty();
        assertThat(orders.byTrackingToken("x".repeat(500))).isEmpty();

        var contact = orders.contactForMail(guestOrder.id()).orElseThrow();
        assertThat(contact.email()).isEqualTo(guestEmail);
        assertThat(contact.orderPage().toString()).startsWith("http://localhost:8080/orders/track/");
        var token = contact.orderPage().getPath().substring("/orders/track/".length());
        assertThat(token).isNotEqualTo(guestOrder.trackingToken().value());
        assertThat(orders.byTrackingToken(token))
                .as("a new link that opens the order")
                .hasValueSatisfying(summary -> assertThat(summary.id()).isEqualTo(guestOrder.id()));

        var customer = new CustomerProfile(CustomerId.random(), "Dana", OrderTestSupport.uniqueEmail(), null);
        when(customers.signedIn()).thenReturn(Optional.of(customer));
        var customerOrder = placeWithPhoto(customer.email());
        assertThat(orders.contactForMail(customerOrder.id()))
                .hasValueSatisfying(c -> assertThat(c.orderPage().toString())
                        .isEqualTo("http://localhost:8080/account/orders/" + customerOrder.id()));

        jdbc.sql("update orders set anonymized_at = now(), contact_name = null, contact_email = null,"
                        + " contact_phone = null where id = ?")
                .param(guestOrder.id().value())
                .update();
        assertThat(orders.contactForMail(guestOrder.id())).as("contact erased").isEmpty();
        assertThat(orders.contactForMail(new OrderId(UUID.randomUUID()))).isEmpty();
    }

    private PlacedOrder placeWithPhoto(String email) {
        var cart = carts.createApiCart();
        var photo = files.upload(UploadScope.cart(cart.id().value()), MaterialKind.PHOTO, "grandma.jpg");
        carts.addLine(cart.id(), frame.variantId(), 1, Map.of("photo", photo.toString()));
        return checkout.checkout(cart.id(), details(email));
    }

    private shop.atelier.uploads.MaterialId photoOf(PlacedOrder order) {
        return new shop.atelier.uploads.MaterialId(UUID.fromString(
                orders.lines(order.id()).getFirst().personalization().getFirst().value()));
    }

    private static PaymentConfirmed paid(PlacedOrder order) {
        return new PaymentConfirmed(
                order.id().value(), "sandbox", "pay_" + UUID.randomUUID(), order.total(), Instant.now());
    }

    private String attention(OrderId id) {
        return jdbc.sql("select attention from orders where id = ?")
                .param(id.value())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    static CheckoutDetails details(String email) {
        var address = new Address("Ann Example", "Hauptstraße 1", null, "10115", "Berlin", "DE");
        return new CheckoutDetails(new Contact("Ann Example", email, null), address, address);
    }
}
