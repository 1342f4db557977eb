package shop.atelier.orders.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.catalog.VariantId;
import shop.atelier.orders.internal.CatalogFixture;
import shop.atelier.orders.internal.OrdersModuleTest;

@OrdersModuleTest
class CartWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    CatalogFixture products;
    Visitor visitor;
    PricedVariant mug;

    @BeforeEach
    void setUp() {
        products = new CatalogFixture(catalog);
        visitor = new Visitor(mvc);
        mug = products.product("Photo mug", 1490);
    }

    @Test
    void addsALineWithThePriceFromTheCatalog() throws Exception {
        var response = add(mug, "2", "For Ann");

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getRedirectedUrl()).isEqualTo("/cart");
        var cart = visitor.get("/cart");
        assertThat(cart.getStatus()).isEqualTo(200);
        assertThat(cart.getContentAsString())
                .contains("Photo mug")
                .contains("Engraving")
                .contains("For Ann")
                .contains("€14.90")
                .contains("€29.80")
                .contains("badge text-bg-dark\">2<");
        assertThat(linesOf(mug.variantId())).isEqualTo(1);
    }

    @Test
    void showsTheCatalogsCurrentPrice() throws Exception {
        add(mug, "1", "For Ann");
        products.reprice(mug, 1990);

        assertThat(visitor.get("/cart").getContentAsString()).contains("€19.90").doesNotContain("€14.90");
    }

    @Test
    void refusesAPriceInTheFormAndStoresNothing() throws Exception {
        var carts = countCarts();
        for (var field : new String[] {"price", "unitPrice", "total", "amount"}) {
            var response = visitor.post(
                    "/cart/lines", Map.of("variantId", mug.variantId().toString(), "quantity", "1", field, "0.01"));

            assertThat(response.getStatus()).as(field).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("Prices are set by the shop");
        }
        assertThat(linesOf(mug.variantId())).isZero();
        assertThat(countCarts()).isEqualTo(carts);
    }

    @Test
    void identicalPersonalizationMergesAndDifferentPersonalizationSplits() throws Exception {
        add(mug, "1", "For Ann");
        add(mug, "2", "For Ann");
        add(mug, "1", "For Bob");

        assertThat(quantities(mug.variantId())).containsExactlyInAnyOrder(3, 1);
        var page = visitor.get("/cart").getContentAsString();
        assertThat(page).contains("For Ann").contains("For Bob").contains("badge text-bg-dark\">4<");
    }

    @Test
    void unknownVariantIsNotFoundAndStoresNothing() throws Exception {
        var unknown = VariantId.random();
        var carts = countCarts();

        var response = visitor.post("/cart/lines", Map.of("variantId", unknown.toString(), "quantity", "1"));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(linesOf(unknown)).isZero();
        assertThat(countCarts()).isEqualTo(carts);
    }

    @Test
    void invalidQuantityGetsAPageSayingWhatIsWrong() throws Exception {
        for (var quantity : new String[] {"0", "21", "-1", "two", ""}) {
            var response = visitor.post(
                    "/cart/lines", Map.of("variantId", mug.variantId().toString(), "quantity", quantity));

            assertThat(response.getStatus()).as(quantity).isEqualTo(400);
            assertThat(response.getContentAsString())
                    .as(quantity)
                    .contains("Quantity must be a whole number from 1 to 20.");
        }
        assertThat(linesOf(mug.variantId())).isZero();
    }

    @Test
    void invalidPersonalizationGetsAPageListingEveryProblem() throws Exception {
        var response = visitor.perform(MockMvcRequestBuilders.post("/cart/lines")
                .with(csrf())
                .header("Referer", "http://localhost/products/photo-mug")
                .param("variantId", mug.variantId().toString())
                .param("quantity", "1")
                .param("personalization[engraving]", "x".repeat(CatalogFixture.MAX_ENGRAVING + 1))
                .param("personalization[colour]", "red"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains("Engraving can have at most 30 characters.")
                .contains("This product has no personalization called &quot;colour&quot;")
                .contains("href=\"/products/photo-mug\"");
        assertThat(linesOf(mug.variantId())).isZero();
    }

    @Test
    void oversizedTextIsRefusedBeforeTheCatalogIsAsked() throws Exception {
        var response = visitor.post(
                "/cart/lines",
                Map.of(
                        "variantId", mug.variantId().toString(),
                        "quantity", "1",
                        "personalization[engraving]", "x".repeat(100_000)));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("The text is too long");
        assertThat(linesOf(mug.variantId())).isZero();
    }

    @Test
    void moreThanTwentyOfOneItemIsRefused() throws Exception {
        add(mug, "15", "For Ann");

        var response = add(mug, "6", "For Ann");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("at most 20 of one item; your cart already has 15");
        assertThat(quantities(mug.variantId())).containsExactly(15);
    }

    @Test
    void unavailableProductCannotBeAdded() throws Exception {
        var soldOut = products.product("Sold out mug", 990, false);

        var response = visitor.post(
                "/cart/lines", Map.of("variantId", soldOut.variantId().toString(), "quantity", "1"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("not available");
    }

    @Test
    void changesQuantityAndRemovesLinesWithPlainForms() throws Exception {
        add(mug, "1", "For Ann");
        var line = lineId(mug.variantId());

        var changed = visitor.post("/cart/lines/" + line + "/quantity", Map.of("quantity", "4"));
        assertThat(changed.getStatus()).isEqualTo(303);
        assertThat(quantities(mug.variantId())).containsExactly(4);
        assertThat(visitor.post("/cart/lines/" + line + "/quantity", Map.of("quantity", "30"))
                        .getStatus())
                .isEqualTo(400);

        var removed = visitor.post("/cart/lines/" + line + "/remove", Map.of());
        assertThat(removed.getStatus()).isEqualTo(303);
        assertThat(linesOf(mug.variantId())).isZero();
        assertThat(visitor.get("/cart").getContentAsString()).contains("Your cart is empty.");
    }

    @Test
    void htmxGetsTheUpdatedCartFragment() throws Exception {
        add(mug, "1", "For Ann");
        var line = lineId(mug.variantId());

        var response = visitor.htmxPost("/cart/lines/" + line + "/quantity", Map.of("quantity", "3"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .startsWith("<div id=\"cart\"")
                .doesNotContain("<html")
                .contains("€44.70");

        var added = visitor.htmxPost(
                "/cart/lines",
                Map.of(
                        "variantId",
                        mug.variantId().toString(),
                        "quantity",
                        "1",
                        "personalization[engraving]",
                        "For Bob"));
        assertThat(added.getContentAsString()).contains("Added to your cart.").contains("View cart (4 items)");
    }

    @Test
    void linesOfAnotherVisitorsCartCannotBeChanged() throws Exception {
        add(mug, "1", "For Ann");
        var line = lineId(mug.variantId());
        var stranger = new Visitor(mvc);
        stranger.post(
                "/cart/lines",
                Map.of("variantId", products.product("Tote", 990).variantId().toString(), "quantity", "1"));

        assertThat(stranger.post("/cart/lines/" + line + "/remove", Map.of()).getStatus())
                .isEqualTo(404);
        assertThat(linesOf(mug.variantId())).isEqualTo(1);
    }

    private MockHttpServletResponse add(PricedVariant variant, String quantity, String text) throws Exception {
        return visitor.post(
                "/cart/lines",
                Map.of(
                        "variantId",
                        variant.variantId().toString(),
                        "quantity",
                        quantity,
                        "personalization[engraving]",
                        text));
    }

    private int linesOf(VariantId variant) {
        return jdbc.sql("select count(*) from cart_lines where variant_id = ?")
                .param(variant.value())
                .query(Integer.class)
                .single();
    }

    private List<Integer> quantities(VariantId variant) {
        return jdbc.sql("select quantity from cart_lines where variant_id = ?")
                .param(variant.value())
                .query(Integer.class)
                .list();
    }

    private String lineId(VariantId variant) {
        return jdbc.sql("select id::text from cart_lines where variant_id = ?")
                .param(variant.value())
                .query(String.class)
                .single();
    }

    private long countCarts() {
        return jdbc.sql("select count(*) from carts").query(Long.class).single();
    }
}
