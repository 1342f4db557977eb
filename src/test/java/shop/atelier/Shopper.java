package shop.atelier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import shop.atelier.orders.OrderStatus;

/**
 * The steps a person takes in the shop, over HTTP, each checked the way that person would check
 * it: by what the page shows. Texts come from the shop's message bundles, so a reworded message
 * does not break a journey but a wrong one does.
 */
final class Shopper {

    static final Duration PAYMENT_DEADLINE = Duration.ofSeconds(20);

    final HtmlVisitor visitor;
    private final MessageSource messages;

    Shopper(HtmlVisitor visitor, MessageSource messages) {
        this.visitor = visitor;
        this.messages = messages;
    }

    /** A person's contact data, unique to one test run. */
    record Person(String name, String email, String phone, String line1, String postalCode, String city) {

        static Person unique(String firstName) {
            var id = UUID.randomUUID().toString();
            return new Person(
                    firstName + " Example",
                    firstName.toLowerCase(Locale.ROOT) + "-" + id + "@example.com",
                    "+49 30 1234567",
                    "Lindenstraße 1",
                    "10969",
                    "Berlin");
        }
    }

    /** An order as the payment page shows it. */
    record Payment(HtmlVisitor.Page page, String orderNumber, String amount) {}

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    /** The storefront, then the product's page by following its link there. */
    HtmlVisitor.Page openProduct(String productName) {
        var catalog = visitor.open("/");
        assertThat(catalog.status()).isEqualTo(200);
        var product = visitor.open(catalog.link(productName));
        assertThat(product.status()).isEqualTo(200);
        assertThat(product.one("h1").text()).isEqualTo(productName);
        return product;
    }

    /**
     * Chooses the variant, types each text personalization into the field with that label and adds
     * the product to the cart; the cart page follows.
     */
    HtmlVisitor.Page addToCart(HtmlVisitor.Page product, String variantName, Map<String, String> textByLabel) {
        var form = product.form("/cart/lines");
        var values = new LinkedHashMap<String, String>();
        values.put("variantId", field(product, variantName).val());
        textByLabel.forEach((label, text) -> values.put(field(product, label).attr("name"), text));
        values.put("quantity", "1");

        var cart = visitor.submit(form, values);

        assertThat(cart.lastRedirect().status()).isEqualTo(303);
        assertThat(cart.uri().getPath()).isEqualTo("/cart");
        assertThat(cart.status()).isEqualTo(200);
        textByLabel
                .values()
                .forEach(text -> assertThat(cart.one("#cart").text()).contains(text));
        return cart;
    }

    /** The lines of the cart page, as their text. */
    static List<String> cartLines(HtmlVisitor.Page cart) {
        return cart.document().select("#cart tbody tr").eachText();
    }

    /** From the cart to checkout, with the form filled in as a guest would (billing as shipping). */
    Payment checkOutAsGuest(HtmlVisitor.Page cart, Person person) {
        var checkout = goToCheckout(cart);
        assertThat(checkout.text()).contains(text("orders.checkout.guest"));
        var fields = new LinkedHashMap<String, String>();
        fields.put("contact.name", person.name());
        fields.put("contact.email", person.email());
        fields.put("contact.phone", person.phone());
        fields.put("shipping.name", person.name());
        fields.put("shipping.line1", person.line1());
        fields.put("shipping.postalCode", person.postalCode());
        fields.put("shipping.city", person.city());
        fields.put("shipping.country", "DE");
        fields.put("billingSameAsShipping", "true");
        return placeOrder(checkout, fields);
    }

    HtmlVisitor.Page goToCheckout(HtmlVisitor.Page cart) {
        var checkout = visitor.open(cart.link(text("orders.cart.checkout")));
        assertThat(checkout.status()).isEqualTo(200);
        assertThat(checkout.one("h1").text()).isEqualTo(text("orders.checkout.heading"));
        return checkout;
    }

    /** Places the order and lands on the payment provider's page. */
    Payment placeOrder(HtmlVisitor.Page checkout, Map<String, String> fields) {
        var payment = visitor.submit(checkout.form("/checkout"), fields);

        assertThat(payment.lastRedirect().status()).isEqualTo(303);
        assertThat(payment.uri().getPath()).startsWith("/sandbox-pay/");
        assertThat(payment.status()).isEqualTo(200);
        assertThat(payment.one("h1").text()).isEqualTo(text("sandbox.heading"));
        return new Payment(
                payment,
                payment.one("#order-number").text(),
                payment.one("#amount").text());
    }

    /** Presses Pay (or Decline) and is sent back to the shop's order page. */
    HtmlVisitor.Page press(Payment payment, String action) {
        var page = visitor.submit(payment.page().form("/" + action));
        var back = page.lastRedirect();
        assertThat(back.status()).isEqualTo(303);
        assertThat(back.from().getPath()).endsWith("/" + action);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.one("h1").text()).contains(payment.orderNumber());
        return page;
    }

    /** Reloads the order page until it shows the status (the payment is confirmed by webhook). */
    HtmlVisitor.Page awaitStatus(URI orderPage, OrderStatus status) {
        var expected = text("orders.status." + status.name());
        return await("order page showing " + expected)
                .atMost(PAYMENT_DEADLINE)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> visitor.open(orderPage),
                        page -> page.status() == 200
                                && page.one("#order-status .badge").text().equals(expected));
    }

    /** The labels of the order page's status timeline, oldest first. */
    static List<String> timeline(HtmlVisitor.Page orderPage) {
        return orderPage.document().select("#order-status ol > li > strong").eachText();
    }

    List<String> timelineOf(OrderStatus... statuses) {
        return Arrays.stream(statuses)
                .map(status -> text("orders.timeline." + status.name()))
                .toList();
    }

    /**
     * The form field (or radio button) whose label contains the text, as a person finds it by
     * reading the page.
     */
    static Element field(HtmlVisitor.Page page, String labelText) {
        var label = page.document().select("label[for]").stream()
                .filter(candidate -> candidate.text().contains(labelText))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No field labelled " + labelText + " on " + page.uri()));
        return page.one("#" + label.attr("for"));
    }

    /** Signs in on the sign-in page; the page signing in leads to follows. */
    HtmlVisitor.Page signIn(String email, String password) {
        var login = visitor.open("/login");
        assertThat(login.status()).isEqualTo(200);
        var landing = visitor.submit(login.form("/login"), Map.of("username", email, "password", password));
        assertThat(landing.uri().getPath()).as("page after signing in").isNotEqualTo("/login");
        assertThat(landing.status()).isEqualTo(200);
        return landing;
    }

    /** Opens an account; the account page follows, signed in. */
    HtmlVisitor.Page register(Person person, String password) {
        var register = visitor.open("/register");
        assertThat(register.status()).isEqualTo(200);
        var account = visitor.submit(
                register.form("/register"),
                Map.of(
                        "name", person.name(),
                        "email", person.email(),
                        "password", password,
                        "phone", person.phone()));
        assertThat(account.lastRedirect().status()).isBetween(302, 303);
        assertThat(account.uri().getPath()).isEqualTo("/account");
        assertThat(account.status()).isEqualTo(200);
        return account;
    }

    /** Saves the person's address in the address book; the address book follows. */
    HtmlVisitor.Page saveAddress(Person person) {
        var book = visitor.open("/account/addresses");
        assertThat(book.status()).isEqualTo(200);
        var saved = visitor.submit(
                book.form("/account/addresses"),
                Map.of(
                        "name", person.name(),
                        "line1", person.line1(),
                        "postalCode", person.postalCode(),
                        "city", person.city(),
                        "country", "DE"));
        assertThat(saved.uri().getPath()).isEqualTo("/account/addresses");
        assertThat(saved.status()).isEqualTo(200);
        return saved;
    }
}
