package shop.atelier.orders.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.orders.internal.Actor;
import shop.atelier.orders.internal.Address;
import shop.atelier.orders.internal.CartService;
import shop.atelier.orders.internal.CatalogFixture;
import shop.atelier.orders.internal.CheckoutDetails;
import shop.atelier.orders.internal.CheckoutService;
import shop.atelier.orders.internal.Contact;
import shop.atelier.orders.internal.OrderService;
import shop.atelier.orders.internal.OrderTestSupport;
import shop.atelier.orders.internal.OrdersModuleTest;
import shop.atelier.orders.internal.PersonalizedProducts;
import shop.atelier.orders.internal.PlacedOrder;
import shop.atelier.orders.internal.UploadsStub;
import shop.atelier.payments.PaymentConfirmed;
import shop.atelier.payments.Payments;
import shop.atelier.privacy.AuditLog;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/** The uploaded materials on the customer's and the staff's order pages, and the gallery choice (M1). */
@OrdersModuleTest
class OrderMaterialsPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    Customers customers;

    @Autowired
    Payments payments;

    @Autowired
    Uploads uploads;

    @Autowired
    AuditLog auditLog;

    @Autowired
    CartService carts;

    @Autowired
    CheckoutService checkout;

    @Autowired
    OrderService orderService;

    @Autowired
    JdbcClient jdbc;

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
    void aGuestSeesTheUploadsOfTheOrderAndDecidesAboutTheGallery() throws Exception {
        var placed = place(OrderTestSupport.uniqueEmail());
        var path = "/orders/track/" + placed.order().trackingToken().value();

        var html = page(get(path)).getContentAsString();

        var photoAction = path + "/materials/" + placed.photo() + "/marketing";
        assertThat(html)
                .contains("src=\"/files/test/" + placed.photo() + "/thumbnail\"")
                .contains("alt=\"The photo you uploaded for Your photo (grandma.jpg)\"")
                .contains("href=\"/files/test/" + placed.letter() + "/content\"")
                .contains("Open letter.txt")
                .contains("action=\"" + photoAction + "\"")
                .contains("action=\"" + path + "/materials/" + placed.letter() + "/marketing\"")
                .contains("Not shown in the gallery.")
                .contains("Allow the shop to show this in its gallery")
                .contains("you can withdraw that at any time")
                .doesNotContain("Stop showing this in the gallery");
        verify(uploads)
                .link(
                        placed.photo(),
                        Rendition.THUMBNAIL,
                        new Viewer("GUEST", placed.order().number(), null, "order-page"));

        var allowed = page(post(photoAction).param("allowed", "true").with(csrf()));

        assertThat(allowed.getStatus()).isEqualTo(303);
        assertThat(allowed.getRedirectedUrl()).isEqualTo(path + "#material-" + placed.photo());
        verify(uploads).recordMarketingConsent(placed.photo(), true, "order-page");
        assertThat(files.allowed(placed.photo())).isTrue();
        assertThat(files.allowed(placed.letter())).as("only the one chosen").isFalse();
        assertThat(page(get(path)).getContentAsString())
                .contains("The shop may show this in its gallery.")
                .contains("Stop showing this in the gallery");

        page(post(photoAction).param("allowed", "false").with(csrf()));

        assertThat(files.allowed(placed.photo())).as("withdrawn").isFalse();
    }

    @Test
    void onlyMaterialsOfTheOrderCanBeChosen() throws Exception {
        var mine = place(OrderTestSupport.uniqueEmail());
        var theirs = place(OrderTestSupport.uniqueEmail());
        var path = "/orders/track/" + mine.order().trackingToken().value();

        assertThat(page(post(path + "/materials/" + theirs.photo() + "/marketing")
                                .param("allowed", "true")
                                .with(csrf()))
                        .getStatus())
                .isEqualTo(404);
        assertThat(page(post(path + "/materials/" + UUID.randomUUID() + "/marketing")
                                .param("allowed", "true")
                                .with(csrf()))
                        .getStatus())
                .isEqualTo(404);
        assertThat(page(post(path + "/materials/" + mine.photo() + "/marketing").with(csrf()))
                        .getStatus())
                .as("no choice given")
                .isEqualTo(400);
        assertThat(page(post("/orders/track/" + UUID.randomUUID() + "/materials/" + mine.photo() + "/marketing")
                                .param("allowed", "true")
                                .with(csrf()))
                        .getStatus())
                .isEqualTo(404);
        verify(uploads, never()).recordMarketingConsent(any(), anyBoolean(), anyString());
        assertThat(files.allowed(theirs.photo())).isFalse();
    }

    @Test
    void aCustomerDecidesFromTheAccountAndLinksAreBoundToTheirSignIn() throws Exception {
        var customer = new CustomerProfile(CustomerId.random(), "Dana", OrderTestSupport.uniqueEmail(), null);
        when(customers.signedIn()).thenReturn(Optional.of(customer));
        var placed = place(customer.email());
        var path = "/account/orders/" + placed.order().id();

        var html = page(get(path).with(user(customer.email()))).getContentAsString();

        assertThat(html).contains("src=\"/files/test/" + placed.photo() + "/thumbnail\"");
        verify(uploads)
                .link(
                        placed.photo(),
                        Rendition.THUMBNAIL,
                        new Viewer("CUSTOMER", customer.id().toString(), customer.email(), "order-page"));

        var response = page(post(path + "/materials/" + placed.letter() + "/marketing")
                .param("allowed", "true")
                .with(user(customer.email()))
                .with(csrf()));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(files.allowed(placed.letter())).isTrue();

        var stranger = new CustomerProfile(CustomerId.random(), "Eve", OrderTestSupport.uniqueEmail(), null);
        when(customers.signedIn()).thenReturn(Optional.of(stranger));
        assertThat(page(post(path + "/materials/" + placed.photo() + "/marketing")
                                .param("allowed", "true")
                                .with(user(stranger.email()))
                                .with(csrf()))
                        .getStatus())
                .isEqualTo(404);
        assertThat(files.allowed(placed.photo())).isFalse();
    }

    @Test
    void whileProofingThePageAsksTheCustomerToReviewTheDesign(Scenario scenario) throws Exception {
        var placed = place(OrderTestSupport.uniqueEmail());
        var path = "/orders/track/" + placed.order().trackingToken().value();
        assertThat(page(get(path)).getContentAsString()).doesNotContain("Review your design preview");

        scenario.publish(new PaymentConfirmed(
                        placed.order().id().value(),
                        "sandbox",
                        "pay_1",
                        placed.order().total(),
                        Instant.now()))
                .andWaitForStateChange(() -> support.status(placed.order()), "PROOFING"::equals);

        assertThat(page(get(path)).getContentAsString())
                .contains("Design preview")
                .contains("href=\"" + path + "/proofs\"")
                .contains("Review your design preview");
    }

    @Test
    void staffSeeTheUploadsWithoutChangingTheCustomersChoiceAndTheLookIsAudited() throws Exception {
        var email = OrderTestSupport.uniqueEmail();
        var placed = place(email);

        var html = page(get("/staff/orders/" + placed.order().id())
                        .with(user("staff@atelier.example").roles("STAFF")))
                .getContentAsString();

        assertThat(html)
                .contains("src=\"/files/test/" + placed.photo() + "/thumbnail\"")
                .contains("Gallery: not allowed")
                .contains("href=\"/staff/orders/" + placed.order().id() + "/proofs\"")
                .doesNotContain("/marketing\"");
        verify(uploads)
                .link(
                        placed.photo(),
                        Rendition.THUMBNAIL,
                        new Viewer("STAFF", "staff@atelier.example", "staff@atelier.example", "order-review"));
        verify(auditLog)
                .record(
                        "staff@atelier.example",
                        "STAFF",
                        null,
                        "view-order",
                        "order:" + placed.order().id().value(),
                        null,
                        email,
                        placed.order().id().value());
    }

    @Test
    void theUploadsOfACancelledOrderAreGone() throws Exception {
        var placed = place(OrderTestSupport.uniqueEmail());
        orderService.cancel(placed.order().id(), Actor.staff("bob@atelier.example"), null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> files.scopeOf(placed.photo()).isEmpty());

        var html = page(get("/orders/track/" + placed.order().trackingToken().value()))
                .getContentAsString();

        assertThat(html).contains("This file is no longer stored.").doesNotContain("/files/test/");
    }

    private record Placed(PlacedOrder order, MaterialId photo, MaterialId letter) {}

    private Placed place(String email) {
        var cart = carts.createApiCart();
        var scope = UploadScope.cart(cart.id().value());
        var photo = files.upload(scope, MaterialKind.PHOTO, "grandma.jpg");
        var letter = files.upload(scope, MaterialKind.TEXT, "letter.txt");
        carts.addLine(cart.id(), frame.variantId(), 1, Map.of("photo", photo.toString(), "letter", letter.toString()));
        var address = new Address("Ann Example", "Hauptstraße 1", null, "10115", "Berlin", "DE");
        var order = checkout.checkout(
                cart.id(), new CheckoutDetails(new Contact("Ann Example", email, null), address, address));
        return new Placed(order, photo, letter);
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
