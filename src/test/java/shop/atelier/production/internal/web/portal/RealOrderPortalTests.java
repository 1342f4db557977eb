package shop.atelier.production.internal.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import shop.atelier.catalog.Catalog;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.Customers;
import shop.atelier.notifications.Notifications;
import shop.atelier.orders.Orders;
import shop.atelier.orders.internal.Address;
import shop.atelier.orders.internal.CartService;
import shop.atelier.orders.internal.CatalogFixture;
import shop.atelier.orders.internal.CheckoutDetails;
import shop.atelier.orders.internal.CheckoutService;
import shop.atelier.orders.internal.Contact;
import shop.atelier.orders.internal.OrderTestSupport;
import shop.atelier.payments.PaymentConfirmed;
import shop.atelier.payments.Payments;
import shop.atelier.privacy.AuditLog;
import shop.atelier.privacy.Disclosures;
import shop.atelier.privacy.LegalHolds;
import shop.atelier.production.internal.ProductionService;
import shop.atelier.proofs.Proofs;
import shop.atelier.uploads.Uploads;

/**
 * The portal on a real order: the orders module runs with its database, so the customer's contact
 * data (distinctive marker values) is stored and reachable by anyone who asks orders for it; the
 * portal's pages and JSON still show none of it.
 */
@ApplicationModuleTest(extraIncludes = {"platform", "orders"})
@AutoConfigureMockMvc
@MockitoBean(
        types = {
            Catalog.class,
            Customers.class,
            Payments.class,
            Notifications.class,
            Uploads.class,
            Proofs.class,
            Disclosures.class,
            AuditLog.class,
            LegalHolds.class
        })
class RealOrderPortalTests {

    static final String NAME = "Zebulon Quixtrel";
    static final String PHONE = "+49 170 9988776655";
    static final String STREET = "Quittengasse 4711";
    static final String SECOND_LINE = "Hinterhof Xylophon";

    @Autowired
    MockMvc mvc;

    @Autowired
    CartService carts;

    @Autowired
    CheckoutService checkout;

    @Autowired
    Orders orders;

    @Autowired
    Payments payments;

    @Autowired
    Catalog catalog;

    @Autowired
    Customers customers;

    @Autowired
    ProductionService production;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void noPortalPageOrJsonOfARealOrderShowsTheCustomersContactData(Scenario scenario) throws Exception {
        var support = new OrderTestSupport(carts, checkout, payments, jdbc);
        var mug = new CatalogFixture(catalog).product("Oak board " + UUID.randomUUID(), 3900);
        var email = "zebulon.quixtrel+" + UUID.randomUUID() + "@marker.example";
        var cart = carts.createApiCart();
        carts.addLine(cart.id(), mug.variantId(), 1, Map.of("engraving", "Happy 40th"));
        var address = new Address(NAME, STREET, SECOND_LINE, "10115", "Berlin", "DE");
        var placed =
                checkout.checkout(cart.id(), new CheckoutDetails(new Contact(NAME, email, PHONE), address, address));
        scenario.publish(new PaymentConfirmed(
                        placed.id().value(), "sandbox", "pay_" + UUID.randomUUID(), placed.total(), Instant.now()))
                .andWaitForStateChange(() -> support.status(placed.id()), "IN_PRODUCTION"::equals);
        assertThat(orders.contactForMail(placed.id()))
                .as("the contact data is there for whoever may ask for it")
                .hasValueSatisfying(contact -> assertThat(contact.email()).isEqualTo(email));

        when(customers.inviteWorkshopUser(any(), any())).thenAnswer(call -> CustomerId.random());
        var workshop = production.createWorkshop("Marker test " + UUID.randomUUID(), null, true);
        var craftsman = "maker-" + UUID.randomUUID() + "@workshop.example";
        production.invite(workshop.id(), "Jo Craft", craftsman, "staff@atelier.example");
        var line = orders.lines(placed.id()).getFirst();
        var job = production.assign(
                placed.id(),
                line.lineId(),
                workshop.id(),
                LocalDate.ofInstant(clock.instant(), clock.getZone()).plusDays(5),
                "staff@atelier.example");

        var bodies = List.of(
                body("/workshop/jobs", craftsman, MediaType.TEXT_HTML),
                body("/workshop/jobs/" + job.id(), craftsman, MediaType.TEXT_HTML),
                body("/workshop/api/jobs", craftsman, MediaType.APPLICATION_JSON),
                body("/workshop/api/jobs/" + job.id(), craftsman, MediaType.APPLICATION_JSON));

        for (var body : bodies) {
            assertThat(body).contains(placed.number());
            for (var marker : List.of(
                    NAME,
                    "Zebulon",
                    "Quixtrel",
                    email,
                    "marker.example",
                    PHONE,
                    "9988776655",
                    STREET,
                    "Quittengasse",
                    SECOND_LINE)) {
                assertThat(body).doesNotContainIgnoringCase(marker);
            }
        }
        assertThat(bodies.get(1)).contains("Happy 40th");
    }

    private String body(String path, String craftsman, MediaType type) throws Exception {
        var response = mvc.perform(
                        get(path).with(user(craftsman).roles("WORKSHOP")).accept(type))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
