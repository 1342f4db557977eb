package shop.atelier.orders.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.web.servlet.MockMvc;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.customers.PostalAddress;
import shop.atelier.orders.OrderPlaced;
import shop.atelier.orders.PromotionalMailRequested;
import shop.atelier.orders.internal.CatalogFixture;
import shop.atelier.orders.internal.OrdersModuleTest;
import shop.atelier.payments.CheckoutSession;
import shop.atelier.payments.PaymentRequest;
import shop.atelier.payments.Payments;
import shop.atelier.platform.Money;

@OrdersModuleTest
class CheckoutWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    Customers customers;

    @Autowired
    Payments payments;

    @Autowired
    JdbcClient jdbc;

    CatalogFixture products;
    Visitor visitor;
    PricedVariant mug;
    String email;

    @BeforeEach
    void setUp() {
        products = new CatalogFixture(catalog);
        visitor = new Visitor(mvc);
        mug = products.product("Photo mug", 1490);
        email = "ann-" + UUID.randomUUID() + "@example.com";
        when(payments.startCheckout(any()))
                .thenAnswer(invocation -> new CheckoutSession(
                        "ref-1",
                        URI.create("https://pay.example/checkout/"
                                + invocation
                                        .getArgument(0, PaymentRequest.class)
                                        .orderId())));
    }

    @Test
    void aGuestChecksOutAndIsSentToThePaymentProvider(AssertablePublishedEvents events) throws Exception {
        addToCart("2", "For Ann");

        var response = visitor.post("/checkout", form());

        assertThat(response.getStatus()).isEqualTo(303);
        var order = order(email);
        assertThat(response.getRedirectedUrl()).isEqualTo("https://pay.example/checkout/" + order.get("id"));
        assertThat(order)
                .containsEntry("status", "PLACED")
                .containsEntry("total_minor", 2980L)
                .containsEntry("currency", "EUR")
                .containsEntry("contact_name", "Ann Example")
                .containsEntry("shipping_city", "Berlin")
                .containsEntry("billing_city", "Berlin")
                .containsEntry("customer_id", null);
        assertThat((String) order.get("number")).matches("A-\\d{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(jdbc.sql("""
                        select p.value from order_line_personalization p join order_lines l on l.id = p.line_id
                        where l.order_id = ?""").param(order.get("id")).query(String.class).list())
                .containsExactly("For Ann");
        assertThat(jdbc.sql("select to_status || ':' || actor from order_transitions where order_id = ?")
                        .param(order.get("id"))
                        .query(String.class)
                        .list())
                .containsExactly("PLACED:customer");

        var request = ArgumentCaptor.forClass(PaymentRequest.class);
        verify(payments).startCheckout(request.capture());
        assertThat(request.getValue().amount()).isEqualTo(Money.of(2980, "EUR"));
        assertThat(request.getValue().orderNumber()).isEqualTo(order.get("number"));
        assertThat(request.getValue().returnUrl().toString()).startsWith("http://localhost:8080/orders/track/");

        assertThat(events.ofType(OrderPlaced.class)
                        .matching(e -> e.orderNumber().equals(order.get("number"))))
                .hasSize(1);
        assertThat(visitor.get("/cart").getContentAsString()).contains("Your cart is empty.");
    }

    @Test
    void theOrderHasTheCatalogsPriceAtCheckout() throws Exception {
        addToCart("1", "For Ann");
        products.reprice(mug, 1990);

        visitor.post("/checkout", form());

        assertThat(order(email)).containsEntry("total_minor", 1990L);
    }

    @Test
    void theFormAsksOnlyWhatTheOrderNeeds() throws Exception {
        addToCart("1", "For Ann");

        var page = visitor.get("/checkout");

        assertThat(page.getStatus()).isEqualTo(200);
        var names = new TreeSet<String>();
        var matcher = Pattern.compile("name=\"([^\"]+)\"").matcher(formOf(page.getContentAsString()));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "_csrf",
                        "contact.name",
                        "contact.email",
                        "contact.phone",
                        "shipping.name",
                        "shipping.line1",
                        "shipping.line2",
                        "shipping.postalCode",
                        "shipping.city",
                        "shipping.country",
                        "billingSameAsShipping",
                        "_billingSameAsShipping",
                        "billing.name",
                        "billing.line1",
                        "billing.line2",
                        "billing.postalCode",
                        "billing.city",
                        "billing.country",
                        "promotionalMail",
                        "_promotionalMail");
        assertThat(page.getContentAsString())
                .contains("<label class=\"form-label\" for=\"contact-email\">Email address</label>")
                .contains("id=\"billing-same\" name=\"billingSameAsShipping\" value=\"true\" checked=\"checked\"");
        assertThat(optInCheckbox(page.getContentAsString()))
                .as("the opt-in to promotional mail is unticked")
                .doesNotContain("checked");
    }

    static String optInCheckbox(String page) {
        var matcher =
                Pattern.compile("<input[^>]*id=\"promotional-mail\"[^>]*>").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

    @Test
    void onlyATickedOptInAsksForPromotionalMailAndTheEventNamesNoAddress(AssertablePublishedEvents events)
            throws Exception {
        addToCart("1", "For Ann");
        visitor.post("/checkout", form());
        var unticked = order(email);

        var other = "opt-" + UUID.randomUUID() + "@example.com";
        email = other;
        addToCart("1", "For Ann");
        var ticked = form();
        ticked.put("contact.email", other);
        ticked.put("promotionalMail", "true");
        visitor.post("/checkout", ticked);
        var optedIn = order(other);

        assertThat(events.ofType(PromotionalMailRequested.class)
                        .matching(e -> e.orderId().value().equals(optedIn.get("id"))))
                .hasSize(1);
        assertThat(events.ofType(PromotionalMailRequested.class)
                        .matching(e -> e.orderId().value().equals(unticked.get("id"))))
                .isEmpty();
    }

    @Test
    void aSignedInCustomerFindsTheFormFilledAndGetsTheOrderInTheAccount() throws Exception {
        var customer = new CustomerProfile(CustomerId.random(), "Bea Buyer", email, "+49 40 999");
        when(customers.signedIn()).thenReturn(Optional.of(customer));
        when(customers.addresses(customer.id()))
                .thenReturn(
                        List.of(new PostalAddress("Bea Buyer", "Elbchaussee 5", null, "22763", "Hamburg", "DE", null)));
        addToCart("1", "For Bea");

        var page = visitor.get("/checkout").getContentAsString();
        assertThat(page)
                .contains("value=\"Bea Buyer\"")
                .contains("value=\"" + email + "\"")
                .contains("value=\"Elbchaussee 5\"")
                .contains("<option value=\"DE\" selected=\"selected\">Germany</option>");

        var form = form();
        form.put("contact.name", "Bea Buyer");
        visitor.post("/checkout", form);

        var order = order(email);
        assertThat(order).containsEntry("customer_id", customer.id().value());
        var request = ArgumentCaptor.forClass(PaymentRequest.class);
        verify(payments).startCheckout(request.capture());
        assertThat(request.getValue().returnUrl())
                .isEqualTo(URI.create("http://localhost:8080/account/orders/" + order.get("id")));
    }

    @Test
    void missingFieldsAreShownNextToTheFieldsAndNothingIsStored() throws Exception {
        addToCart("1", "For Ann");
        var form = form();
        form.put("contact.name", "");
        form.put("shipping.city", " ");
        form.remove("shipping.postalCode");

        var response = visitor.post("/checkout", form);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains("Please correct the marked fields.")
                .contains("id=\"contact-name-error\">Please fill in this field.</div>")
                .contains("id=\"shipping-city-error\">Please fill in this field.</div>")
                .contains("id=\"shipping-postal-code-error\">Please fill in this field.</div>")
                .contains("aria-describedby=\"contact-name-error\"")
                .contains("value=\"" + email + "\"");
        assertNothingStoredAndCartKept();
    }

    @Test
    void badEmailOversizedTextAndUnknownCountryAreRefused() throws Exception {
        addToCart("1", "For Ann");
        var form = form();
        form.put("contact.email", "not-an-email");
        form.put("shipping.line1", "x".repeat(201));
        form.put("shipping.country", "XX");
        form.put("contact.phone", "call me maybe");

        var response = visitor.post("/checkout", form);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains("Please enter a valid email address.")
                .contains("id=\"shipping-line1-error\">This is too long.</div>")
                .contains("id=\"shipping-country-error\">Please choose a country.</div>")
                .contains("Please use only digits");
        assertThat(order("not-an-email")).isNull();
        assertThat(visitor.get("/cart").getContentAsString()).contains("For Ann");
    }

    @Test
    void aCardNumberTypedIntoTheAddressIsRefusedAndNotStored() throws Exception {
        addToCart("1", "For Ann");
        var email = "card-" + java.util.UUID.randomUUID() + "@example.com";
        var form = form();
        form.put("contact.email", email);
        form.put("shipping.line2", "5555-5555-5555-4444");

        var response = visitor.post("/checkout", form);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("This looks like a payment card number.");
        assertThat(order(email)).isNull();
    }

    @Test
    void aDifferentBillingAddressIsRequiredOnlyWhenAsked() throws Exception {
        addToCart("1", "For Ann");
        var form = form();
        form.remove("billingSameAsShipping");

        var response = visitor.post("/checkout", form);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains("id=\"billing-name-error\">Please fill in this field.</div>")
                .contains("<details open=\"open\">");
        assertNothingStoredAndCartKept();

        form.putAll(Map.of(
                "billing.name", "Ann's Company",
                "billing.line1", "Friedrichstraße 10",
                "billing.postalCode", "10117",
                "billing.city", "Berlin",
                "billing.country", "de"));
        assertThat(visitor.post("/checkout", form).getStatus()).isEqualTo(303);
        assertThat(order(email))
                .containsEntry("billing_name", "Ann's Company")
                .containsEntry("billing_country", "DE")
                .containsEntry("shipping_line1", "Hauptstraße 1");
    }

    @Test
    void aPriceInTheCheckoutFormIsRefused() throws Exception {
        addToCart("1", "For Ann");
        var form = form();
        form.put("total", "1.00");

        var response = visitor.post("/checkout", form);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Prices are set by the shop");
        assertNothingStoredAndCartKept();
    }

    @Test
    void anEmptyCartGoesBackToTheCart() throws Exception {
        var page = visitor.get("/checkout");
        assertThat(page.getStatus()).isEqualTo(303);
        assertThat(page.getRedirectedUrl()).isEqualTo("/cart");
        assertThat(visitor.get("/cart").getContentAsString()).contains("Your cart is empty. Add something");

        var post = visitor.post("/checkout", form());
        assertThat(post.getStatus()).isEqualTo(303);
        assertThat(post.getRedirectedUrl()).isEqualTo("/cart");
        assertThat(order(email)).isNull();
    }

    @Test
    void anItemTheShopNoLongerSellsStopsCheckout() throws Exception {
        addToCart("1", "For Ann");
        products.discontinue(mug.variantId());

        var response = visitor.post("/checkout", form());

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getRedirectedUrl()).isEqualTo("/cart");
        assertThat(visitor.get("/cart").getContentAsString())
                .contains("Some items in your cart changed")
                .contains("This item is no longer available.");
        assertThat(order(email)).isNull();
        verify(payments, never()).startCheckout(any());
    }

    @Test
    void whenThePaymentProviderIsDownTheOrderIsKeptAndCanBePaidAgain() throws Exception {
        doThrow(new IllegalStateException("provider down")).when(payments).startCheckout(any());
        addToCart("1", "For Ann");

        var response = visitor.post("/checkout", form());

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getRedirectedUrl()).startsWith("/orders/track/");
        assertThat(order(email)).containsEntry("status", "PAYMENT_FAILED");
        var page = visitor.get(response.getRedirectedUrl()).getContentAsString();
        assertThat(page).contains("We could not reach the payment provider").contains("Pay again");
    }

    private void addToCart(String quantity, String engraving) throws Exception {
        var response = visitor.post(
                "/cart/lines",
                Map.of(
                        "variantId",
                        mug.variantId().toString(),
                        "quantity",
                        quantity,
                        "personalization[engraving]",
                        engraving));
        assertThat(response.getStatus()).isEqualTo(303);
    }

    private Map<String, String> form() {
        var form = new HashMap<String, String>();
        form.put("contact.name", "Ann Example");
        form.put("contact.email", email);
        form.put("contact.phone", "+49 30 123456");
        form.put("shipping.name", "Ann Example");
        form.put("shipping.line1", "Hauptstraße 1");
        form.put("shipping.line2", "");
        form.put("shipping.postalCode", "10115");
        form.put("shipping.city", "Berlin");
        form.put("shipping.country", "DE");
        form.put("billingSameAsShipping", "true");
        form.put("_billingSameAsShipping", "on");
        return form;
    }

    private void assertNothingStoredAndCartKept() throws Exception {
        assertThat(order(email)).isNull();
        assertThat(visitor.get("/cart").getContentAsString()).contains("For Ann");
        verify(payments, never()).startCheckout(any());
    }

    private Map<String, Object> order(String contactEmail) {
        return jdbc
                .sql("select * from orders where contact_email = ?")
                .param(contactEmail)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static String formOf(String page) {
        var start = page.indexOf("<form method=\"post\" action=\"/checkout\"");
        return page.substring(start, page.indexOf("</form>", start));
    }
}
