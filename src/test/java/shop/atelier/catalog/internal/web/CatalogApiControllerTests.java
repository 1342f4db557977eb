package shop.atelier.catalog.internal.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CatalogTestData;
import shop.atelier.catalog.internal.CharacterRule;
import shop.atelier.catalog.internal.PersonalizationSlot;

/** The catalog's JSON API: public, listed products only, prices in three forms, problems as RFC 9457. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogManagement catalog;

    CatalogTestData data;
    CatalogTestData.Frame frame;

    @BeforeEach
    void createProducts() {
        data = new CatalogTestData(catalog);
        frame = data.listedFrame();
    }

    @Test
    void listsListedProductsWithVariantsPricesAndSlots() throws Exception {
        var hidden = catalog.product(data.unlistedProduct());
        var item = "$[?(@.slug == '" + frame.slug() + "')]";

        mvc.perform(get("/api/v1/catalog/products").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath(item + ".name").value(frame.name()))
                .andExpect(jsonPath(item + ".fromPrice.amount").value("24.90"))
                .andExpect(jsonPath(item + ".variants[0].price.amount").value("24.90"))
                .andExpect(jsonPath(item + ".variants[0].price.currency").value("EUR"))
                .andExpect(jsonPath(item + ".variants[0].price.minor").value(2490))
                .andExpect(
                        jsonPath(item + ".variants[1].id").value(frame.large().toString()))
                .andExpect(jsonPath(item + ".slots[0].key").value("engraving"))
                .andExpect(jsonPath(item + ".slots[0].maxLength").value(30))
                .andExpect(jsonPath(item + ".slots[0].characters").value("BASIC"))
                .andExpect(jsonPath(item + ".slots[1].type").value("PHOTO"))
                .andExpect(jsonPath(item + ".slots[1].required").value(false))
                .andExpect(jsonPath("$[*].slug", not(hasItem(hidden.slug()))));
    }

    @Test
    void getsOneProductBySlugWithAbsoluteImageUrls() throws Exception {
        var imageId = catalog.addImage(frame.id(), StorefrontControllerTests.PNG, "An oak frame");

        mvc.perform(get("/api/v1/catalog/products/" + frame.slug()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(frame.id().toString()))
                .andExpect(jsonPath("$.available").value(true))
                .andExpect(jsonPath("$.requiresProof").value(true))
                .andExpect(jsonPath("$.printSize.widthMm").value(130))
                .andExpect(jsonPath("$.printSize.heightMm").value(180))
                .andExpect(jsonPath("$.printSize.minDpi").value(120))
                .andExpect(jsonPath("$.images[0].url").value("http://localhost/products/images/" + imageId))
                .andExpect(jsonPath("$.images[0].alt").value("An oak frame"))
                .andExpect(jsonPath("$.variants[1].price.minor").value(3490));
    }

    @Test
    void unknownOrUnlistedProductIsAProblem404() throws Exception {
        var hidden = catalog.product(data.unlistedProduct());

        for (var slug : new String[] {"no-such-product-" + data.suffix, hidden.slug(), "Not a slug!"}) {
            mvc.perform(get("/api/v1/catalog/products/" + slug).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isNotFound())
                    .andExpect(header().string("Content-Type", "application/problem+json"))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.type").value("https://atelier.shop/problems/not-found"));
        }
    }

    @Test
    void showsTextFileSlotsAsUploadsWithoutTextLimits() throws Exception {
        catalog.addSlot(
                frame.id(),
                new PersonalizationSlot(
                        "letter", "Your letter", null, SlotType.TEXT_FILE, false, null, CharacterRule.EXTENDED));

        mvc.perform(get("/api/v1/catalog/products/" + frame.slug()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slots[2].key").value("letter"))
                .andExpect(jsonPath("$.slots[2].type").value("TEXT_FILE"))
                .andExpect(jsonPath("$.slots[2].maxLength").doesNotExist())
                .andExpect(jsonPath("$.slots[2].characters").doesNotExist());
    }

    @Test
    void isDocumentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/catalog/products'].get.summary")
                        .value("List the products in the shop"))
                .andExpect(jsonPath("$.paths['/api/v1/catalog/products/{slug}'].get.tags[0]")
                        .value("Catalog"));
    }
}
