package shop.atelier.catalog.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CatalogTestData;
import shop.atelier.catalog.internal.CharacterRule;
import shop.atelier.platform.Money;

/** Staff pages: who may use them, and that bad input is refused next to its field and never stored. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffProductControllerTests {

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
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/staff/products"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(post("/staff/products").with(csrf()).param("name", "Sneaky"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
    }

    @Test
    @WithMockUser(roles = "CUSTOMER")
    void customersAreRefused() throws Exception {
        mvc.perform(get("/staff/products")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffSeeAllProductsListedOrNot() throws Exception {
        var hidden = catalog.product(data.unlistedProduct());

        mvc.perform(get("/staff/products"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(frame.name()), containsString(hidden.name()))));
        mvc.perform(get("/staff/products/" + frame.id()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(frame.name()),
                                containsString(data.sku("FS")),
                                containsString("€24.90"),
                                containsString("engraving"))));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminsAreStaffToo() throws Exception {
        mvc.perform(get("/staff/products")).andExpect(status().isOk());
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void createsAProductWithAnAddressDerivedFromItsName() throws Exception {
        var name = "Crème Mug " + data.suffix;

        var location = mvc.perform(post("/staff/products")
                        .with(csrf())
                        .param("name", name)
                        .param("slug", "")
                        .param("description", "Lovely.")
                        .param("requiresProof", "true")
                        .param("printWidthMm", "200")
                        .param("printHeightMm", "80")
                        .param("minDpi", "150"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/staff/products/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        var id = new shop.atelier.catalog.ProductId(
                java.util.UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
        var product = catalog.product(id);
        assertThat(product.name()).isEqualTo(name);
        assertThat(product.slug()).isEqualTo("creme-mug-" + data.suffix);
        assertThat(product.listed()).isFalse();
        assertThat(product.printSize().widthMm()).isEqualTo(200);
        assertThat(product.minDpi()).isEqualTo(150);
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void productFormShowsErrorsNextToTheFields() throws Exception {
        var before = catalog.products().size();

        mvc.perform(post("/staff/products")
                        .with(csrf())
                        .param("name", "")
                        .param("slug", "Not A Slug")
                        .param("printWidthMm", "abc"))
                .andExpect(status().isOk())
                .andExpect(view().name("catalog/staff/product-form"))
                .andExpect(model().attributeHasFieldErrors("productForm", "name", "slug", "printWidthMm"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Please enter a name."),
                                containsString("id=\"name-error\""),
                                containsString("aria-describedby=\"name-error\""),
                                containsString("Use lower-case letters"),
                                containsString("Enter a whole number of millimetres from 1 to 5000."))));

        mvc.perform(post("/staff/products")
                        .with(csrf())
                        .param("name", "Copy " + data.suffix)
                        .param("slug", frame.slug())
                        .param("minDpi", "100"))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrorCode("productForm", "slug", "catalog.staff.product.slug.taken"));

        assertThat(catalog.products()).hasSize(before);
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffSetTheMinimumPhotoResolutionNextToThePrintSize() throws Exception {
        mvc.perform(get("/staff/products/" + frame.id() + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "<label class=\"form-label\" for=\"minDpi\">Minimum photo resolution (dpi)</label>"),
                                matchesPattern("(?s).*id=\"minDpi\"[^>]*value=\"120\".*"))));

        mvc.perform(post("/staff/products/" + frame.id())
                        .with(csrf())
                        .param("name", frame.name())
                        .param("slug", frame.slug())
                        .param("requiresProof", "true")
                        .param("printWidthMm", "130")
                        .param("printHeightMm", "180")
                        .param("minDpi", " 300 "))
                .andExpect(status().isFound());

        assertThat(catalog.product(frame.id()).minDpi()).isEqualTo(300);
        mvc.perform(get("/staff/products/" + frame.id())).andExpect(content().string(containsString("300 dpi")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"29", "0", "1201", "99999", "abc", "12.5", "-100", ""})
    @WithMockUser(roles = "STAFF")
    void refusesAMinimumResolutionOutside30To1200NextToItsField(String minDpi) throws Exception {
        mvc.perform(post("/staff/products/" + frame.id())
                        .with(csrf())
                        .param("name", "Changed " + data.suffix)
                        .param("slug", frame.slug())
                        .param("requiresProof", "true")
                        .param("printWidthMm", "130")
                        .param("printHeightMm", "180")
                        .param("minDpi", minDpi))
                .andExpect(status().isOk())
                .andExpect(view().name("catalog/staff/product-form"))
                .andExpect(model().attributeHasFieldErrors("productForm", "minDpi"))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"minDpi-error\""),
                                containsString("aria-describedby=\"minDpi-hint minDpi-error\""),
                                containsString("Enter a whole number of dots per inch from 30 to 1200."))));

        var product = catalog.product(frame.id());
        assertThat(product.name()).isEqualTo(frame.name());
        assertThat(product.minDpi()).isEqualTo(120);
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void aNewProductAsksFor100DpiUnlessStaffChooseOtherwise() throws Exception {
        mvc.perform(get("/staff/products/new"))
                .andExpect(content().string(matchesPattern("(?s).*id=\"minDpi\"[^>]*value=\"100\".*")));

        var before = catalog.products().size();
        mvc.perform(post("/staff/products")
                        .with(csrf())
                        .param("name", "Poster " + data.suffix)
                        .param("printWidthMm", "420")
                        .param("printHeightMm", "594")
                        .param("minDpi", "1201"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "productForm", "minDpi", "catalog.staff.product.min-dpi.range"));
        assertThat(catalog.products()).hasSize(before);

        var location = mvc.perform(post("/staff/products")
                        .with(csrf())
                        .param("name", "Poster " + data.suffix)
                        .param("printWidthMm", "420")
                        .param("printHeightMm", "594")
                        .param("minDpi", "30"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = new shop.atelier.catalog.ProductId(
                java.util.UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(catalog.product(id).minDpi()).isEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.999", "-5", "24.90.1", "1e3", "99999999"})
    @WithMockUser(roles = "STAFF")
    void refusesPricesThatAreNotPlainAmounts(String price) throws Exception {
        mvc.perform(post("/staff/products/" + frame.id() + "/variants")
                        .with(csrf())
                        .param("name", "Medium")
                        .param("sku", data.sku("FM"))
                        .param("price", price)
                        .param("available", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("catalog/staff/variant-form"))
                .andExpect(model().attributeHasFieldErrors("variantForm", "price"))
                .andExpect(content().string(containsString("id=\"price-error\"")));

        assertThat(catalog.product(frame.id()).variants()).hasSize(2);
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void addsAndChangesVariantsWithDecimalPrices() throws Exception {
        mvc.perform(post("/staff/products/" + frame.id() + "/variants")
                        .with(csrf())
                        .param("name", "Medium")
                        .param("sku", data.sku("FM"))
                        .param("price", "29,5")
                        .param("available", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/staff/products/" + frame.id()));

        var medium = catalog.product(frame.id()).variants().getLast();
        assertThat(medium.price()).isEqualTo(Money.of(2950, "EUR"));

        mvc.perform(post("/staff/products/" + frame.id() + "/variants/" + medium.id())
                        .with(csrf())
                        .param("name", "Medium")
                        .param("sku", data.sku("FS"))
                        .param("price", "30"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("variantForm", "sku", "catalog.staff.variant.sku.taken"));

        mvc.perform(post("/staff/products/" + frame.id() + "/variants/" + medium.id())
                        .with(csrf())
                        .param("name", "Medium")
                        .param("sku", data.sku("FM"))
                        .param("price", "30"))
                .andExpect(status().isFound());
        var changed = catalog.product(frame.id()).variant(medium.id()).orElseThrow();
        assertThat(changed.price()).isEqualTo(Money.of(3000, "EUR"));
        assertThat(changed.available()).isFalse();
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void managesPersonalizationSlots() throws Exception {
        mvc.perform(post("/staff/products/" + frame.id() + "/slots")
                        .with(csrf())
                        .param("key", "initials")
                        .param("label", "Initials")
                        .param("type", "TEXT")
                        .param("required", "true")
                        .param("maxLength", "3")
                        .param("characters", "LETTERS_AND_DIGITS"))
                .andExpect(status().isFound());
        assertThat(catalog.product(frame.id()).slot("initials").orElseThrow().characters())
                .isEqualTo(CharacterRule.LETTERS_AND_DIGITS);

        mvc.perform(post("/staff/products/" + frame.id() + "/slots")
                        .with(csrf())
                        .param("key", "engraving")
                        .param("label", "Again")
                        .param("type", "TEXT")
                        .param("maxLength", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "slotForm", "maxLength", "catalog.staff.slot.max-length.required"));

        mvc.perform(post("/staff/products/" + frame.id() + "/slots")
                        .with(csrf())
                        .param("key", "engraving")
                        .param("label", "Again")
                        .param("type", "TEXT")
                        .param("maxLength", "10"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("slotForm", "key", "catalog.staff.slot.key.taken"));

        mvc.perform(post("/staff/products/" + frame.id() + "/slots/initials/move")
                        .with(csrf())
                        .param("direction", "up"))
                .andExpect(status().isFound());
        mvc.perform(post("/staff/products/" + frame.id() + "/slots/photo/delete")
                        .with(csrf()))
                .andExpect(status().isFound());

        assertThat(catalog.product(frame.id()).slots())
                .extracting(s -> s.key() + ":" + s.type())
                .containsExactly("engraving:" + SlotType.TEXT, "initials:" + SlotType.TEXT);
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffAddATextFileSlotWhichHasNoMaximumLength() throws Exception {
        mvc.perform(get("/staff/products/" + frame.id() + "/slots/new"))
                .andExpect(content().string(containsString("<option value=\"TEXT_FILE\">Text file</option>")));

        mvc.perform(post("/staff/products/" + frame.id() + "/slots")
                        .with(csrf())
                        .param("key", "letter")
                        .param("label", "Your letter")
                        .param("type", "TEXT_FILE")
                        .param("required", "true")
                        .param("maxLength", "")
                        .param("characters", "BASIC"))
                .andExpect(status().isFound());

        var slot = catalog.product(frame.id()).slot("letter").orElseThrow();
        assertThat(slot.type()).isEqualTo(SlotType.TEXT_FILE);
        assertThat(slot.required()).isTrue();
        assertThat(slot.maxLength()).isNull();
        mvc.perform(get("/staff/products/" + frame.id()))
                .andExpect(content().string(allOf(containsString("Your letter"), containsString("Text file"))));
        mvc.perform(get("/api/v1/catalog/products/" + frame.slug()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slots[?(@.key == 'letter')].type").value("TEXT_FILE"));
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void listingNeedsAnAvailableVariant() throws Exception {
        var hidden = data.unlistedProduct();
        var empty = catalog.create(new shop.atelier.catalog.internal.ProductDraft(
                data.slug("empty"), "Empty " + data.suffix, "", true, null));

        mvc.perform(post("/staff/products/" + empty + "/listing").with(csrf()).param("listed", "true"))
                .andExpect(status().isFound());
        assertThat(catalog.product(empty).listed()).isFalse();

        mvc.perform(post("/staff/products/" + hidden + "/listing").with(csrf()).param("listed", "true"))
                .andExpect(status().isFound());
        assertThat(catalog.product(hidden).listed()).isTrue();
        mvc.perform(get("/products/" + catalog.product(hidden).slug())).andExpect(status().isOk());
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void tamperedChoicesAreBadRequestsAndChangeNothing() throws Exception {
        mvc.perform(post("/staff/products/" + frame.id() + "/slots")
                        .with(csrf())
                        .param("key", "sneaky")
                        .param("label", "Sneaky")
                        .param("type", "EXECUTABLE")
                        .param("maxLength", "10"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/staff/products/" + frame.id() + "/variants")
                        .with(csrf())
                        .param("name", "Medium")
                        .param("sku", data.sku("FM"))
                        .param("price", "10")
                        .param("available", "perhaps"))
                .andExpect(status().isBadRequest());

        var product = catalog.product(frame.id());
        assertThat(product.slot("sneaky")).isEmpty();
        assertThat(product.variants()).hasSize(2);
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void formsRender() throws Exception {
        for (var path : new String[] {
            "/staff/products/new",
            "/staff/products/" + frame.id() + "/edit",
            "/staff/products/" + frame.id() + "/variants/new",
            "/staff/products/" + frame.id() + "/variants/" + frame.small(),
            "/staff/products/" + frame.id() + "/slots/new",
            "/staff/products/" + frame.id() + "/slots/engraving"
        }) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(content().string(matchesPattern("(?s).*<form[^>]*method=\"post\".*name=\"_csrf\".*")));
        }
        mvc.perform(get("/staff/products/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/staff/products/" + frame.id() + "/slots/nope")).andExpect(status().isNotFound());
    }
}
