package shop.atelier.catalog.internal.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import shop.atelier.catalog.SlotViolation;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CatalogTestData;
import shop.atelier.catalog.internal.ProductImage;

/** The catalog page and the product pages as a customer sees them. */
@SpringBootTest
@AutoConfigureMockMvc
class StorefrontControllerTests {

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
    void catalogPageListsListedProductsWithImageNameAndFromPrice() throws Exception {
        var hidden = catalog.product(data.unlistedProduct());
        catalog.addImage(frame.id(), PNG, "An oak frame " + data.suffix);

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(view().name("catalog/index"))
                .andExpect(content()
                        .string(allOf(
                                containsString(frame.name()),
                                containsString("href=\"/products/" + frame.slug() + "\""),
                                containsString("from €24.90"),
                                containsString("alt=\"An oak frame " + data.suffix + "\""),
                                not(containsString(hidden.name())))));
    }

    @Test
    void productPageOffersVariantsAndOneFieldPerSlot() throws Exception {
        var page = mvc.perform(get("/products/" + frame.slug()))
                .andExpect(status().isOk())
                .andExpect(view().name("catalog/product"))
                .andReturn();

        assertThat(
                html(page),
                allOf(
                        containsString("<h1 class=\"h2\">" + frame.name() + "</h1>"),
                        containsString("<p>Engraved by hand.</p>"),
                        containsString("action=\"/cart/lines\""),
                        containsString("name=\"_csrf\""),
                        containsString("name=\"variantId\""),
                        containsString("value=\"" + frame.small() + "\" checked=\"checked\""),
                        containsString("€34.90"),
                        containsString("name=\"personalization[engraving]\""),
                        containsString("maxlength=\"30\""),
                        containsString("<label class=\"form-label\" for=\"slot-engraving\">"),
                        containsString("type=\"hidden\" name=\"personalization[photo]\""),
                        containsString("name=\"quantity\""),
                        containsString("Add to cart")));
    }

    @Test
    void productPageShowsTheCartsComplaintsNextToTheFields() throws Exception {
        var tooLong = new SlotViolation(
                "engraving",
                "personalization.too-long",
                List.of("Engraving", 30),
                "Engraving can have at most 30 characters.");
        var unknown = new SlotViolation("colour", "personalization.unknown", List.of("colour"), "unknown");

        // What the cart's redirect leaves as flash attributes. (Set directly: MockMvc's flashAttr
        // stores them in the mock session, which Spring Session's request wrapper does not see.)
        var flash = new FlashMap();
        flash.put("personalizationViolations", List.of(tooLong, unknown));
        flash.put("personalizationValues", Map.of("engraving", "<b>way too long</b>"));
        flash.put("selectedVariantId", frame.large().toString());
        flash.put("quantity", 3);

        var page = mvc.perform(get("/products/" + frame.slug())
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(
                html(page),
                allOf(
                        containsString("Engraving can have at most 30 characters."),
                        containsString("id=\"slot-engraving-error\""),
                        containsString("aria-describedby=\"slot-engraving-hint slot-engraving-error\""),
                        containsString("is-invalid"),
                        containsString("value=\"&lt;b&gt;way too long&lt;/b&gt;\""),
                        containsString("This product has no personalization called &quot;colour&quot;"),
                        containsString("value=\"" + frame.large() + "\" checked=\"checked\""),
                        containsString("value=\"3\"")));
    }

    /** The page with every run of whitespace as one space, so line breaks in markup do not matter. */
    static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString().replaceAll("\\s+", " ");
    }

    @Test
    void unknownProductIsNotFound() throws Exception {
        mvc.perform(get("/products/no-such-product-" + data.suffix).accept("text/html"))
                .andExpect(status().isNotFound());
    }

    @Test
    void unlistedProductIsNotFound() throws Exception {
        var hidden = catalog.product(data.unlistedProduct());

        mvc.perform(get("/products/" + hidden.slug())).andExpect(status().isNotFound());
    }

    @Test
    void uploadedImagesAreServedWithTheirTypeAndCachedForAYear() throws Exception {
        var imageId = catalog.addImage(frame.id(), PNG, "An oak frame");

        mvc.perform(get("/products/images/" + imageId))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PNG));
        mvc.perform(get("/products/images/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/products/images/not-an-id")).andExpect(status().isNotFound());
    }

    @Test
    void bundledDemoImagesArePublic() throws Exception {
        mvc.perform(get(ProductImage.bundled("/images/catalog/mug.svg", "mug").path()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")));
    }

    /** The smallest valid PNG: one transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}
