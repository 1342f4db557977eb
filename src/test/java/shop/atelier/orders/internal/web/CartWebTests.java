package shop.atelier.orders.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
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
        var response = visitor.post(
                "/cart/lines",
                Map.of(
                        "variantId",
                        mug.variantId().toString(),
                        "quantity",
                        "2",
                        "personalization[engraving]",
                        "For Ann"));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getRedirectedUrl()).isEqualTo("/cart");
        var cart = visitor.get("/cart");
        assertThat(cart.getStatus()).isEqualTo(200);
        assertThat(cart.getContentAsString())
                .contains("Photo mug")
                .contains("For Ann")
                .contains("€14.90")
                .contains("€29.80");
        assertThat(linesOf(mug.variantId())).isEqualTo(1);
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
        assertThat(visitor.hasSession()).isFalse();
    }

    private int linesOf(VariantId variant) {
        return jdbc.sql("select count(*) from cart_lines where variant_id = ?")
                .param(variant.value())
                .query(Integer.class)
                .single();
    }

    private long countCarts() {
        return jdbc.sql("select count(*) from carts").query(Long.class).single();
    }

    static String random() {
        return UUID.randomUUID().toString();
    }
}
