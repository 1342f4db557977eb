package shop.atelier.orders.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.orders.internal.CartService;
import shop.atelier.orders.internal.CatalogFixture;
import shop.atelier.orders.internal.CheckoutService;
import shop.atelier.orders.internal.OrderTestSupport;
import shop.atelier.orders.internal.OrdersModuleTest;
import shop.atelier.payments.PaymentConfirmed;
import shop.atelier.payments.PaymentEntry;
import shop.atelier.payments.PaymentFailed;
import shop.atelier.payments.Payments;

@OrdersModuleTest
class OrderPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    Customers customers;

    @Autowired
    Payments payments;

    @Autowired
    CartService carts;

    @Autowired
    CheckoutService checkout;

    OrderTestSupport support;

    @Autowired
    JdbcClient jdbc;

    PricedVariant mug;

    @BeforeEach
    void setUp() {
        mug = new CatalogFixture(catalog).product("Photo mug", 1490);
        support = new OrderTestSupport(carts, checkout, payments, jdbc);
    }

    @Test
    void aGuestFollowsTheOrderWithTheTrackingLink(Scenario scenario) throws Exception {
        var order = support.placeAsGuest(mug);
        var path = "/orders/track/" + order.trackingToken().value();

        var page = page(get(path));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Order " + order.number())
                .contains("Awaiting payment confirmation")
                .contains("hx-get=\"" + path + "/status?shown=PLACED-1\"")
                .contains("hx-trigger=\"every 2s\"")
                .contains("Order placed")
                .contains("For Ann")
                .contains("€29.80")
                .contains("Hauptstraße 1")
                .contains("Germany");

        var unchanged = page(get(path + "/status").param("shown", "PLACED-1").header("HX-Request", "true"));
        assertThat(unchanged.getStatus()).as("nothing new: htmx swaps nothing").isEqualTo(204);
        assertThat(unchanged.getContentAsString()).isEmpty();

        scenario.publish(new PaymentConfirmed(order.id().value(), "sandbox", "pay_1", order.total(), Instant.now()))
                .andWaitForStateChange(() -> support.status(order), "IN_PRODUCTION"::equals);

        var fragment = page(get(path + "/status").param("shown", "PLACED-1").header("HX-Request", "true"));
        assertThat(fragment.getStatus()).isEqualTo(200);
        assertThat(fragment.getContentAsString())
                .startsWith("<div id=\"order-status\"")
                .contains("In production")
                .contains("Thank you! Your payment was received.")
                .contains("Payment received")
                .contains("Production started")
                .doesNotContain("hx-trigger")
                .doesNotContain("<html");
    }

    @Test
    void anUnknownTrackingLinkIsNotFound() throws Exception {
        assertThat(page(get("/orders/track/" + UUID.randomUUID())).getStatus()).isEqualTo(404);
        assertThat(page(get("/orders/track/" + "x".repeat(500))).getStatus()).isEqualTo(404);
    }

    @Test
    void aGuestPaysAgainAfterADeclinedPayment(Scenario scenario) throws Exception {
        var order = support.placeAsGuest(mug);
        var path = "/orders/track/" + order.trackingToken().value();
        scenario.publish(new PaymentFailed(order.id().value(), "sandbox", "card declined", Instant.now()))
                .andWaitForStateChange(() -> support.status(order), "PAYMENT_FAILED"::equals);
        assertThat(page(get(path)).getContentAsString())
                .contains("Your payment did not go through.")
                .contains("action=\"" + path + "/pay-again\"")
                .doesNotContain("hx-trigger");

        var response = page(post(path + "/pay-again").with(csrf()));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getRedirectedUrl()).isEqualTo("https://pay.example/checkout/" + order.id());
        assertThat(support.status(order)).isEqualTo("PLACED");
        assertThat(support.history(order)).endsWith("PAYMENT_FAILED>PLACED by customer");
        assertThat(page(post(path + "/pay-again").with(csrf())).getStatus())
                .as("only a failed payment can be retried")
                .isEqualTo(409);
    }

    @Test
    void customersSeeTheirOwnOrdersOnly() throws Exception {
        var ann = customer("Ann");
        var bob = customer("Bob");
        var annsOrder = support.placeAs(ann, mug, customers);
        var bobsOrder = support.placeAs(bob, mug, customers);

        signIn(ann);
        assertThat(page(get("/account/orders/" + annsOrder.id()).with(user(ann.email())))
                        .getContentAsString())
                .contains("Order " + annsOrder.number());
        assertThat(page(get("/account/orders/" + bobsOrder.id()).with(user(ann.email())))
                        .getStatus())
                .isEqualTo(404);
        assertThat(page(get("/account/orders/" + UUID.randomUUID()).with(user(ann.email())))
                        .getStatus())
                .isEqualTo(404);
        var list = page(get("/account/orders").with(user(ann.email()))).getContentAsString();
        assertThat(list).contains(annsOrder.number()).doesNotContain(bobsOrder.number());
    }

    @Test
    void accountPagesNeedSignIn() throws Exception {
        var response = page(get("/account/orders"));

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void staffListFilterAndOpenOrdersWithTheirPayments() throws Exception {
        var order = support.placeAsGuest(mug);
        when(payments.ledger(order.id().value()))
                .thenReturn(List.of(new PaymentEntry(
                        order.id().value(), "sandbox", "CHECKOUT_STARTED", order.total(), null, Instant.now())));

        var list = page(get("/staff/orders").param("status", "PLACED").with(staff()));
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains(order.number()).contains("Ann Example");
        assertThat(page(get("/staff/orders").param("status", "PAID").with(staff()))
                        .getContentAsString())
                .doesNotContain(order.number());
        assertThat(page(get("/staff/orders").param("status", "NONSENSE").with(staff()))
                        .getStatus())
                .isEqualTo(400);

        var detail = page(get("/staff/orders/" + order.id()).with(staff())).getContentAsString();
        assertThat(detail)
                .contains(order.number())
                .contains("CHECKOUT_STARTED")
                .contains(support.email(order))
                .contains("by customer")
                .contains("Cancel order");
    }

    @Test
    void staffCancelAnUnpaidOrderAndTheHistorySaysWho() throws Exception {
        var order = support.placeAsGuest(mug);

        var response = page(post("/staff/orders/" + order.id() + "/cancel")
                .param("note", "Customer asked by phone")
                .with(csrf())
                .with(staff()));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(support.status(order)).isEqualTo("CANCELLED");
        assertThat(support.history(order)).endsWith("PLACED>CANCELLED by staff:staff@atelier.example");
        assertThat(page(get("/staff/orders/" + order.id()).with(staff())).getContentAsString())
                .contains("Customer asked by phone")
                .doesNotContain("<button type=\"submit\" class=\"btn btn-outline-danger\"");

        page(post("/staff/orders/" + order.id() + "/cancel").with(csrf()).with(staff()));
        assertThat(support.history(order))
                .filteredOn(step -> step.contains("CANCELLED"))
                .hasSize(1);
    }

    @Test
    void staffPagesAreForStaffOnly() throws Exception {
        var order = support.placeAsGuest(mug);

        assertThat(page(get("/staff/orders").with(user("ann@example.com"))).getStatus())
                .isEqualTo(403);
        assertThat(page(post("/staff/orders/" + order.id() + "/cancel")
                                .with(csrf())
                                .with(user("ann@example.com")))
                        .getStatus())
                .isEqualTo(403);
        assertThat(support.status(order)).isEqualTo("PLACED");
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static RequestPostProcessor staff() {
        return user("staff@atelier.example").roles("STAFF");
    }

    private CustomerProfile customer(String name) {
        return new CustomerProfile(
                CustomerId.random(), name, name.toLowerCase() + "-" + UUID.randomUUID() + "@example.com", null);
    }

    private void signIn(CustomerProfile customer) {
        when(customers.signedIn()).thenReturn(Optional.of(customer));
    }
}
