package shop.atelier.orders.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.orders.PromotionalMailRequested;
import shop.atelier.orders.internal.CartService;
import shop.atelier.orders.internal.CatalogFixture;
import shop.atelier.orders.internal.CheckoutService;
import shop.atelier.orders.internal.OrderTestSupport;
import shop.atelier.orders.internal.OrdersModuleTest;
import shop.atelier.payments.Payments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@OrdersModuleTest
class OrderApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

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

    @Autowired
    JdbcClient jdbc;

    CatalogFixture products;
    OrderTestSupport orders;
    PricedVariant mug;
    String email;

    @BeforeEach
    void setUp() {
        products = new CatalogFixture(catalog);
        orders = new OrderTestSupport(carts, checkout, payments, jdbc);
        mug = products.product("Photo mug", 1490);
        email = OrderTestSupport.uniqueEmail();
    }

    @Test
    void aClientBuysThroughTheApi() throws Exception {
        var created = call(post("/api/v1/carts"));
        assertThat(created.getStatus()).isEqualTo(201);
        var cart = read(created);
        var cartId = cart.get("cartId").asString();
        var token = cart.get("cartToken").asString();
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/carts/" + cartId);

        var added = call(post("/api/v1/carts/" + cartId + "/lines")
                .header("X-Cart-Token", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"variantId": "%s", "quantity": 2, "personalization": {"engraving": "For Ann"}}""".formatted(mug.variantId())));
        assertThat(added.getStatus()).isEqualTo(201);
        var line = read(added).get("lines").get(0);
        assertThat(line.get("unitPrice").get("minor").asLong()).isEqualTo(1490);
        assertThat(line.get("unitPrice").get("currency").asString()).isEqualTo("EUR");
        assertThat(line.get("personalization").get("engraving").asString()).isEqualTo("For Ann");
        assertThat(read(added).get("total").get("minor").asLong()).isEqualTo(2980);

        var extra = call(post("/api/v1/carts/" + cartId + "/lines")
                .header("X-Cart-Token", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"variantId\": \"%s\", \"quantity\": 1}".formatted(mug.variantId())));
        var extraLine = read(extra).get("lines").get(1).get("lineId").asString();
        var removed =
                call(delete("/api/v1/carts/" + cartId + "/lines/" + extraLine).header("X-Cart-Token", token));
        assertThat(read(removed).get("itemCount").asInt()).isEqualTo(2);
        assertThat(read(call(get("/api/v1/carts/" + cartId).header("X-Cart-Token", token)))
                        .get("lines")
                        .size())
                .isEqualTo(1);

        var placed = call(post("/api/v1/checkout")
                .header("X-Cart-Token", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(checkoutBody(cartId, email)));
        assertThat(placed.getStatus()).isEqualTo(201);
        var order = read(placed);
        assertThat(order.get("status").asString()).isEqualTo("PLACED");
        assertThat(order.get("orderNumber").asString()).startsWith("A-");
        assertThat(order.get("paymentUrl").asString())
                .isEqualTo(
                        "https://pay.example/checkout/" + order.get("orderId").asString());
        assertThat(placed.getHeader("Location"))
                .isEqualTo("/api/v1/orders/" + order.get("orderId").asString());

        var page = call(get("/orders/track/" + order.get("trackingToken").asString()));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(order.get("orderNumber").asString());
        assertThat(call(get("/api/v1/carts/" + cartId).header("X-Cart-Token", token))
                        .getStatus())
                .as("the cart is gone after checkout")
                .isEqualTo(404);
    }

    @Test
    void customersReadTheirOrders() throws Exception {
        var ann = new CustomerProfile(CustomerId.random(), "Ann", email, null);
        var bob = new CustomerProfile(CustomerId.random(), "Bob", OrderTestSupport.uniqueEmail(), null);
        var annsOrder = orders.placeAs(ann, mug, customers);
        var bobsOrder = orders.placeAs(bob, mug, customers);
        when(customers.signedIn()).thenReturn(Optional.of(ann));

        var list = read(call(get("/api/v1/orders").with(user(ann.email()))));
        assertThat(list.findValuesAsString("orderNumber"))
                .contains(annsOrder.number())
                .doesNotContain(bobsOrder.number());

        var one = read(call(get("/api/v1/orders/" + annsOrder.id()).with(user(ann.email()))));
        assertThat(one.get("total").get("minor").asLong()).isEqualTo(2980);
        assertThat(one.get("contact").get("email").asString()).isEqualTo(email);
        assertThat(one.get("lines")
                        .get(0)
                        .get("personalization")
                        .get(0)
                        .get("value")
                        .asString())
                .isEqualTo("For Ann");
        assertThat(one.get("history").get(0).get("to").asString()).isEqualTo("PLACED");

        var other = call(get("/api/v1/orders/" + bobsOrder.id()).with(user(ann.email())));
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(other.getContentType()).isEqualTo("application/problem+json");
        assertThat(call(get("/api/v1/orders")).getStatus()).isEqualTo(401);
    }

    @Test
    void aPriceInTheBodyIsRefusedAndNothingIsStored() throws Exception {
        var cart = newCart();
        for (var field : new String[] {"price", "unitPrice", "total", "amount"}) {
            var response = call(post("/api/v1/carts/" + cart[0] + "/lines")
                    .header("X-Cart-Token", cart[1])
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"variantId\": \"%s\", \"quantity\": 1, \"%s\": {\"minor\": 1, \"currency\": \"EUR\"}}"
                            .formatted(mug.variantId(), field)));

            assertThat(response.getStatus()).as(field).isEqualTo(400);
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            assertThat(read(response).get("detail").asString()).isEqualTo("prices are set by the shop");
        }
        assertThat(jdbc.sql("select count(*) from cart_lines where variant_id = ?")
                        .param(mug.variantId().value())
                        .query(Integer.class)
                        .single())
                .isZero();

        var checkoutWithTotal = call(post("/api/v1/checkout")
                .header("X-Cart-Token", cart[1])
                .contentType(MediaType.APPLICATION_JSON)
                .content(checkoutBody(cart[0], email).replaceFirst("\\{", "{\"total\": 1, ")));
        assertThat(checkoutWithTotal.getStatus()).isEqualTo(400);
    }

    @Test
    void badInputGetsProblemDetailsNamingTheFields() throws Exception {
        var cart = newCart();

        var missing = call(addLine(cart, "{\"variantId\": \"%s\"}".formatted(mug.variantId())));
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(read(missing).get("errors").get("quantity").asString())
                .isEqualTo("Quantity must be a whole number from 1 to 20.");

        var wrongType =
                call(addLine(cart, "{\"variantId\": \"%s\", \"quantity\": \"two\"}".formatted(mug.variantId())));
        assertThat(wrongType.getStatus()).isEqualTo(400);
        assertThat(wrongType.getContentType()).isEqualTo("application/problem+json");

        var notJson = call(addLine(cart, "variantId=1"));
        assertThat(notJson.getStatus()).isEqualTo(400);

        var tooMany = call(addLine(cart, "{\"variantId\": \"%s\", \"quantity\": 21}".formatted(mug.variantId())));
        assertThat(tooMany.getStatus()).isEqualTo(400);

        var badSlot = call(addLine(
                cart,
                "{\"variantId\": \"%s\", \"quantity\": 1, \"personalization\": {\"engraving\": \"%s\"}}"
                        .formatted(mug.variantId(), "x".repeat(40))));
        assertThat(badSlot.getStatus()).isEqualTo(400);
        assertThat(read(badSlot).get("errors").get("personalization[engraving]").asString())
                .isEqualTo("At most 30 characters");

        var unknown = call(addLine(cart, "{\"variantId\": \"%s\", \"quantity\": 1}".formatted(UUID.randomUUID())));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).isEqualTo("application/problem+json");

        var badCheckout = call(post("/api/v1/checkout")
                .header("X-Cart-Token", cart[1])
                .contentType(MediaType.APPLICATION_JSON)
                .content(checkoutBody(cart[0], "not-an-email").replace("\"city\": \"Berlin\",", "")));
        assertThat(badCheckout.getStatus()).isEqualTo(400);
        var errors = read(badCheckout).get("errors");
        assertThat(errors.get("contact.email").asString()).isEqualTo("Please enter a valid email address.");
        assertThat(errors.get("shippingAddress.city").asString()).isEqualTo("Please fill in this field.");

        var emptyCart = call(post("/api/v1/checkout")
                .header("X-Cart-Token", cart[1])
                .contentType(MediaType.APPLICATION_JSON)
                .content(checkoutBody(cart[0], email)));
        assertThat(emptyCart.getStatus()).isEqualTo(409);
        assertThat(read(emptyCart).get("detail").asString()).isEqualTo("The cart is empty");
        assertThat(jdbc.sql("select count(*) from orders where contact_email in (?, 'not-an-email')")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aCartOpensOnlyWithItsToken() throws Exception {
        var cart = newCart();

        assertThat(call(get("/api/v1/carts/" + cart[0]).header("X-Cart-Token", "guess"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(call(get("/api/v1/carts/" + cart[0])).getStatus()).isEqualTo(400);
        assertThat(call(get("/api/v1/carts/not-a-uuid").header("X-Cart-Token", cart[1]))
                        .getStatus())
                .isEqualTo(400);
        assertThat(call(get("/api/v1/carts/" + cart[0]).header("X-Cart-Token", cart[1]))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aClientAsksForPromotionalMailOnlyWithTheFlagAndTheEventNamesNoAddress(AssertablePublishedEvents events)
            throws Exception {
        var without = newCart();
        call(addLine(without, "{\"variantId\": \"%s\", \"quantity\": 1}".formatted(mug.variantId())));
        var plain = read(call(post("/api/v1/checkout")
                .header("X-Cart-Token", without[1])
                .contentType(MediaType.APPLICATION_JSON)
                .content(checkoutBody(without[0], email))));
        var with = newCart();
        call(addLine(with, "{\"variantId\": \"%s\", \"quantity\": 1}".formatted(mug.variantId())));
        var body = checkoutBody(with[0], OrderTestSupport.uniqueEmail());
        var optedIn = read(call(post("/api/v1/checkout")
                .header("X-Cart-Token", with[1])
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.substring(0, body.lastIndexOf('}')) + ", \"promotionalMail\": true}")));

        assertThat(events.ofType(PromotionalMailRequested.class)
                        .matching(e -> e.orderId()
                                .value()
                                .toString()
                                .equals(optedIn.get("orderId").asString())))
                .hasSize(1);
        assertThat(events.ofType(PromotionalMailRequested.class)
                        .matching(e -> e.orderId()
                                .value()
                                .toString()
                                .equals(plain.get("orderId").asString())))
                .isEmpty();
    }

    @Test
    void theApiIsDocumented() throws Exception {
        var docs = call(get("/v3/api-docs"));

        assertThat(docs.getStatus()).isEqualTo(200);
        assertThat(docs.getContentAsString())
                .contains("/api/v1/carts/{cartId}/lines")
                .contains("/api/v1/checkout")
                .contains("/api/v1/orders/{id}")
                .contains("\"scheme\":\"basic\"");
    }

    private String[] newCart() throws Exception {
        var cart = read(call(post("/api/v1/carts")));
        return new String[] {
            cart.get("cartId").asString(), cart.get("cartToken").asString()
        };
    }

    private static MockHttpServletRequestBuilder addLine(String[] cart, String body) {
        return post("/api/v1/carts/" + cart[0] + "/lines")
                .header("X-Cart-Token", cart[1])
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static String checkoutBody(String cartId, String email) {
        return """
                {"cartId": "%s",
                 "contact": {"name": "Ann Example", "email": "%s"},
                 "shippingAddress": {"name": "Ann Example", "line1": "Hauptstraße 1", "postalCode": "10115",
                                     "city": "Berlin", "country": "DE"}}""".formatted(cartId, email);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse();
    }

    private JsonNode read(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
