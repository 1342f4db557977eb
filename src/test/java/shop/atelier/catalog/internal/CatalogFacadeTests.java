package shop.atelier.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.PrintSpec;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.SlotSpec;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.Money;
import shop.atelier.platform.NotFoundException;

/** The catalog as the orders module uses it, against the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogFacadeTests {

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogManagement management;

    @Autowired
    StorefrontCatalog storefront;

    CatalogTestData data;
    CatalogTestData.Frame frame;

    @BeforeEach
    void createFrame() {
        data = new CatalogTestData(management);
        frame = data.listedFrame();
    }

    @Test
    void pricesAVariantWithTheCurrentPrice() {
        var variant = catalog.variant(frame.large()).orElseThrow();

        assertThat(variant.productId()).isEqualTo(frame.id());
        assertThat(variant.productName()).isEqualTo(frame.name());
        assertThat(variant.price()).isEqualTo(Money.of(3490, "EUR"));
        assertThat(variant.sku()).isEqualTo(data.sku("FL"));
        assertThat(variant.requiresProof()).isTrue();
        assertThat(variant.available()).isTrue();

        management.changeVariant(
                frame.id(), frame.large(), new VariantDraft("Large", data.sku("FL"), Money.of(3990, "EUR"), true));
        assertThat(catalog.variant(frame.large()).orElseThrow().price()).isEqualTo(Money.of(3990, "EUR"));
    }

    @Test
    void knowsTheProductPageOfAListedVariant() {
        assertThat(catalog.productPath(frame.small())).contains("/products/" + frame.slug());

        management.unlist(frame.id());
        assertThat(catalog.productPath(frame.small())).isEmpty();
        assertThat(catalog.productPath(VariantId.random())).isEmpty();
    }

    @Test
    void unknownVariantIsAbsent() {
        assertThat(catalog.variant(VariantId.random())).isEmpty();
    }

    @Test
    void variantsOfUnlistedProductsCannotBeBought() {
        management.unlist(frame.id());

        assertThat(catalog.variant(frame.small()).orElseThrow().available()).isFalse();
    }

    @Test
    void checksPersonalizationAgainstTheProductsSlots() {
        var check =
                catalog.checkPersonalization(frame.small(), Map.of("engraving", "  Für immer\u00a0Dein ", "photo", ""));

        assertThat(check.valid()).isTrue();
        assertThat(check.values())
                .containsExactly(new PersonalizationValue("engraving", "Engraving", SlotType.TEXT, "Für immer Dein"));

        var refused = catalog.checkPersonalization(frame.small(), Map.of("engraving", "x".repeat(31), "colour", "red"));
        assertThat(refused.violations())
                .extracting(v -> v.code())
                .containsExactly("personalization.too-long", "personalization.unknown");
    }

    @Test
    void checkingAnUnknownVariantIsNotFound() {
        assertThatThrownBy(() -> catalog.checkPersonalization(VariantId.random(), Map.of()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void productWithoutSlotsAcceptsEmptyPersonalization() {
        var id = data.unlistedProduct();
        var variant = management.product(id).variants().getFirst().id();

        assertThat(catalog.checkPersonalization(variant, Map.of()).valid()).isTrue();
    }

    @Test
    void storefrontShowsAnEditAtOnce() {
        assertThat(storefront.listedProduct(frame.slug())).isPresent();

        management.unlist(frame.id());
        assertThat(storefront.listedProduct(frame.slug())).isEmpty();

        management.list(frame.id());
        management.describe(frame.id(), new ProductDraft(frame.slug(), "Renamed " + data.suffix, "", true, null));
        assertThat(storefront.listedProduct(frame.slug()).orElseThrow().name()).isEqualTo("Renamed " + data.suffix);
        assertThat(storefront.cards())
                .anySatisfy(card -> assertThat(card.name()).isEqualTo("Renamed " + data.suffix));
    }

    @Test
    void skusAndSlugsAreUniqueAcrossTheCatalog() {
        var other = new CatalogTestData(management);
        var second = other.unlistedProduct();

        assertThatThrownBy(() -> management.addVariant(
                        second, new VariantDraft("Dup", data.sku("FS"), Money.of(100, "EUR"), true)))
                .isInstanceOf(SkuTakenException.class);
        assertThatThrownBy(() -> management.describe(second, new ProductDraft(frame.slug(), "X", "", true, null)))
                .isInstanceOf(SlugTakenException.class);
    }

    @Test
    void aPhotoSlotCarriesTheProductsPrintSpec() {
        var expected =
                new SlotSpec(frame.id(), "photo", "Your photo", SlotType.PHOTO, false, new PrintSpec(130, 180, 120));

        assertThat(catalog.slot(frame.id(), "photo")).contains(expected);
        assertThat(catalog.slot(frame.small(), "photo")).contains(expected);
    }

    @Test
    void textAndTextFileSlotsHaveNoPrintSpec() {
        management.addSlot(
                frame.id(),
                new PersonalizationSlot(
                        "letter", "Your letter", null, SlotType.TEXT_FILE, true, null, CharacterRule.BASIC));

        assertThat(catalog.slot(frame.id(), "engraving"))
                .contains(new SlotSpec(frame.id(), "engraving", "Engraving", SlotType.TEXT, true, null));
        assertThat(catalog.slot(frame.large(), "letter"))
                .contains(new SlotSpec(frame.id(), "letter", "Your letter", SlotType.TEXT_FILE, true, null));
    }

    @Test
    void unknownSlotsProductsAndVariantsAreAbsent() {
        assertThat(catalog.slot(frame.id(), "colour")).isEmpty();
        assertThat(catalog.slot(frame.small(), "colour")).isEmpty();
        assertThat(catalog.slot(ProductId.random(), "photo")).isEmpty();
        assertThat(catalog.slot(VariantId.random(), "photo")).isEmpty();
    }

    @Test
    void slotsOfUnlistedProductsAreFoundOnlyThroughTheirVariants() {
        management.unlist(frame.id());

        assertThat(catalog.slot(frame.id(), "photo")).isEmpty();
        assertThat(catalog.slot(frame.small(), "photo")).isPresent();
    }

    @Test
    void aStaffEditOfThePrintShowsAtOnce() {
        assertThat(catalog.slot(frame.small(), "photo").orElseThrow().print()).isNotNull();

        management.describe(
                frame.id(), new ProductDraft(frame.slug(), frame.name(), "", true, new PrintSize(200, 300), 150));
        assertThat(catalog.slot(frame.id(), "photo").orElseThrow().print()).isEqualTo(new PrintSpec(200, 300, 150));

        management.describe(frame.id(), new ProductDraft(frame.slug(), frame.name(), "", true, null, 150));
        assertThat(catalog.slot(frame.small(), "photo").orElseThrow().print()).isNull();
    }
}
