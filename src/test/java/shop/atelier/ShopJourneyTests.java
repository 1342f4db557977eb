package shop.atelier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CatalogTestData;
import shop.atelier.orders.OrderStatus;
import shop.atelier.platform.ShopProperties;

/**
 * Whole journeys through the running shop over real HTTP, as a person without JavaScript takes
 * them: a guest and a registered customer buy a personalized product and pay in the sandbox, a
 * declined payment is paid again, and staff find the confirmation email in the outbox. Each run
 * uses its own product and people, so the journeys also hold in a database other tests share.
 */
@JourneyTest
class ShopJourneyTests {

    static final String STAFF_EMAIL = "staff@atelier.example";
    static final String STAFF_PASSWORD = "staff-demo-password";

    @Autowired
    CatalogManagement catalog;

    @Autowired
    MessageSource messages;

    @Autowired
    ShopProperties shop;

    CatalogTestData.Frame frame;
    Shopper shopper;
    String mark;

    @BeforeEach
    void setUp() {
        var products = new CatalogTestData(catalog);
        frame = products.listedFrame();
        shopper = new Shopper(new HtmlVisitor(URI.create(ShopAtFreePort.ORIGIN)), messages);
        mark = products.suffix;
    }

    @Test
    void aGuestBuysTwoPersonalizedCopiesPaysAndFollowsTheOrderFromTheConfirmationEmail() {
        var guest = Shopper.Person.unique("Ann");
        var forAnn = "For Ann " + mark;
        var forBen = "For Ben " + mark;

        var product = shopper.openProduct(frame.name());
        assertThat(shopper.visitor.cookie("XSRF-TOKEN")).as("CSRF token cookie").isPresent();
        assertThat(product.form("/cart/lines").select("input[name=_csrf]")).hasSize(1);
        shopper.addToCart(product, "Large " + mark, Map.of("Engraving", forAnn));
        var cart = shopper.addToCart(shopper.openProduct(frame.name()), "Large " + mark, Map.of("Engraving", forBen));

        assertThat(Shopper.cartLines(cart))
                .as("two differently personalized copies stay two lines")
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains(frame.name(), forAnn))
                .anySatisfy(line -> assertThat(line).contains(frame.name(), forBen));

        var payment = shopper.checkOutAsGuest(cart, guest);
        assertThat(payment.amount()).contains("69.80");

        var landing = shopper.press(payment, "pay");
        assertThat(landing.uri().toString()).startsWith(ShopAtFreePort.ORIGIN + "/orders/track/");
        var order = shopper.awaitStatus(landing.uri(), OrderStatus.PROOFING);
        assertThat(order.text()).contains(shopper.text("orders.order.paid"), forAnn, forBen, guest.email());
        assertThat(Shopper.timeline(order))
                .containsExactlyElementsOf(
                        shopper.timelineOf(OrderStatus.PLACED, OrderStatus.PAID, OrderStatus.PROOFING));

        var staff = new Shopper(new HtmlVisitor(URI.create(ShopAtFreePort.ORIGIN)), messages);
        staff.signIn(STAFF_EMAIL, STAFF_PASSWORD);
        var subject = shopper.text("orders.mail.confirmation.subject", payment.orderNumber());
        var message = await("confirmation email in the outbox")
                .atMost(Shopper.PAYMENT_DEADLINE)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            var outbox = staff.visitor.open("/staff/outbox");
                            assertThat(outbox.status()).isEqualTo(200);
                            return staff.visitor.submit(
                                    outbox.form("/staff/outbox"), Map.of("recipient", guest.email()));
                        },
                        list -> list.document()
                                .select("#outbox-results a")
                                .eachText()
                                .contains(subject));
        assertThat(message.one("#outbox-results tbody").text()).contains(guest.email());

        var email = staff.visitor.open(message.link(subject));
        assertThat(email.status()).isEqualTo(200);
        assertThat(email.one("pre").text()).contains(payment.orderNumber(), forAnn, forBen, shop.privacyContact());

        var html = staff.visitor.open(email.link(shopper.text("outbox.open-html")));
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.text()).contains(payment.orderNumber(), forAnn, forBen, shop.privacyContact());
        assertThat(html.document().select("a[href^=mailto:]").eachAttr("href"))
                .as("privacy contact in the footer (promise X1)")
                .contains("mailto:" + shop.privacyContact());
        var tracking = html.link(shopper.text("orders.mail.confirmation.link"));
        assertThat(tracking.toString()).startsWith(ShopAtFreePort.ORIGIN + "/orders/track/");
        assertThat(email.one("pre").text())
                .as("the text version has the link too")
                .contains(tracking.toString());

        var stranger = new HtmlVisitor(URI.create(ShopAtFreePort.ORIGIN));
        var followed = stranger.open(tracking);
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.one("h1").text()).contains(payment.orderNumber());
        assertThat(followed.one("#order-status .badge").text()).isEqualTo(shopper.text("orders.status.PROOFING"));
        assertThat(followed.text()).contains(forAnn, forBen);
    }

    @Test
    void aCustomerRegistersSavesAnAddressBuysAndSeesTheOrderPaidInTheAccount() {
        var customer = Shopper.Person.unique("Cleo");
        var password = "journey-" + UUID.randomUUID();
        var forCleo = "Cleo " + mark;

        var account = shopper.register(customer, password);
        assertThat(account.text()).contains(shopper.text("customers.account.welcome"));
        var saved = shopper.saveAddress(customer);
        assertThat(saved.text()).contains(shopper.text("customers.addresses.added"), customer.line1());

        var cart = shopper.addToCart(shopper.openProduct(frame.name()), "Small " + mark, Map.of("Engraving", forCleo));
        var checkout = shopper.goToCheckout(cart);
        assertThat(checkout.one("#contact-email").val()).isEqualTo(customer.email());
        assertThat(checkout.one("#shipping-line1").val()).isEqualTo(customer.line1());
        assertThat(checkout.one("#shipping-country option[selected]").val()).isEqualTo("DE");
        var payment = shopper.placeOrder(checkout, Map.of());
        assertThat(payment.amount()).contains("24.90");

        var landing = shopper.press(payment, "pay");
        assertThat(landing.uri().toString()).startsWith(ShopAtFreePort.ORIGIN + "/account/orders/");
        var order = shopper.awaitStatus(landing.uri(), OrderStatus.PROOFING);
        assertThat(order.text()).contains(forCleo, customer.line1());
        assertThat(Shopper.timeline(order))
                .containsExactlyElementsOf(
                        shopper.timelineOf(OrderStatus.PLACED, OrderStatus.PAID, OrderStatus.PROOFING));

        var orders = shopper.visitor.open("/account/orders");
        assertThat(orders.status()).isEqualTo(200);
        assertThat(orders.one("tbody").text()).contains(payment.orderNumber(), shopper.text("orders.status.PROOFING"));
        assertThat(orders.link(payment.orderNumber())).isEqualTo(landing.uri());

        var signedOut = new HtmlVisitor(URI.create(ShopAtFreePort.ORIGIN)).open(landing.uri());
        assertThat(signedOut.uri().getPath())
                .as("someone else is sent to sign in")
                .isEqualTo("/login");
    }

    @Test
    void aDeclinedPaymentShowsAsFailedAndCanBePaidAgain() {
        var guest = Shopper.Person.unique("Dora");
        var cart = shopper.addToCart(
                shopper.openProduct(frame.name()), "Small " + mark, Map.of("Engraving", "Dora " + mark));
        var payment = shopper.checkOutAsGuest(cart, guest);

        var landing = shopper.press(payment, "decline");
        var failed = shopper.awaitStatus(landing.uri(), OrderStatus.PAYMENT_FAILED);
        assertThat(failed.text()).contains(shopper.text("orders.order.failed"));
        assertThat(Shopper.timeline(failed))
                .containsExactlyElementsOf(shopper.timelineOf(OrderStatus.PLACED, OrderStatus.PAYMENT_FAILED));

        var payAgain = shopper.visitor.submit(failed.form("/pay-again"));
        assertThat(payAgain.lastRedirect().status()).isEqualTo(303);
        assertThat(payAgain.uri().getPath())
                .startsWith("/sandbox-pay/")
                .isNotEqualTo(payment.page().uri().getPath());
        assertThat(payAgain.one("#order-number").text()).isEqualTo(payment.orderNumber());
        var secondTry = new Shopper.Payment(
                payAgain, payment.orderNumber(), payAgain.one("#amount").text());
        assertThat(secondTry.amount()).isEqualTo(payment.amount());

        var paid = shopper.awaitStatus(shopper.press(secondTry, "pay").uri(), OrderStatus.PROOFING);
        assertThat(Shopper.timeline(paid))
                .containsExactly(
                        shopper.text("orders.timeline.PLACED"),
                        shopper.text("orders.timeline.PAYMENT_FAILED"),
                        shopper.text("orders.timeline.retry"),
                        shopper.text("orders.timeline.PAID"),
                        shopper.text("orders.timeline.PROOFING"));

        var oldPaymentPage = shopper.visitor.open(payment.page().uri());
        assertThat(oldPaymentPage.find("form[action$=/pay]"))
                .as("the declined checkout cannot be paid")
                .isEmpty();
    }
}
