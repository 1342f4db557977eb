package shop.atelier.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.catalog.PrintSpec;
import shop.atelier.catalog.SlotType;
import shop.atelier.platform.Money;

/**
 * The demo catalog seeds an empty catalog once. The test empties the catalog inside its own
 * transaction, which is rolled back afterwards, so a shared database keeps its data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DemoCatalogTests {

    static final String[] DEMO_SLUGS = {
        "engraved-wooden-photo-frame",
        "personalized-mug",
        "custom-portrait-canvas",
        "monogrammed-notebook",
        "video-message-frame",
        "framed-letter-print"
    };

    @Autowired
    DemoCatalog demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Products products;

    @Autowired
    CatalogManagement management;

    @Test
    void seedsAnEmptyCatalogOnceEvenWhenRunTwice() {
        jdbc.sql("delete from catalog_product").update();

        assertThat(demo.seedIfEmpty()).isTrue();
        assertThat(demo.seedIfEmpty()).isFalse();

        assertThat(jdbc.sql("select slug from catalog_product order by slug")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(DEMO_SLUGS);
        assertThat(products.findListed()).hasSize(DEMO_SLUGS.length);
    }

    @Test
    void demoProductsCanBeBoughtWithTheirPhotoSlotsOptional() {
        jdbc.sql("delete from catalog_product").update();
        demo.seedIfEmpty();

        var frame =
                products.findBySlug("engraved-wooden-photo-frame").orElseThrow().details();
        assertThat(frame.sellable()).isTrue();
        assertThat(frame.variants()).hasSize(2);
        assertThat(frame.fromPrice()).contains(Money.of(2490, "EUR"));
        assertThat(frame.slot("engraving").orElseThrow()).satisfies(slot -> {
            assertThat(slot.required()).isTrue();
            assertThat(slot.maxLength()).isEqualTo(30);
        });
        assertThat(frame.mainImage().orElseThrow().path()).isEqualTo("/images/catalog/photo-frame.svg");
        // The video frame and the letter print are made from their upload, so theirs is required.
        assertThat(products.findBySlug("video-message-frame")
                        .orElseThrow()
                        .details()
                        .slot("video"))
                .hasValueSatisfying(slot -> assertThat(slot.required()).isTrue());
        for (var slug : DEMO_SLUGS) {
            var product = products.findBySlug(slug).orElseThrow().details();
            assertThat(product.slots())
                    .filteredOn(slot -> slot.type() == SlotType.PHOTO)
                    .allSatisfy(slot -> assertThat(slot.required()).isFalse());
            assertThat(product.images()).isNotEmpty();
        }
    }

    @Test
    void demoPrintsAskForAResolutionThatSuitsTheirMaterial() {
        jdbc.sql("delete from catalog_product").update();
        demo.seedIfEmpty();

        var frame =
                products.findBySlug("engraved-wooden-photo-frame").orElseThrow().details();
        var mug = products.findBySlug("personalized-mug").orElseThrow().details();
        var canvas = products.findBySlug("custom-portrait-canvas").orElseThrow().details();
        assertThat(frame.printSpec()).isEqualTo(new PrintSpec(130, 180, 120));
        assertThat(mug.printSpec()).isEqualTo(new PrintSpec(200, 80, 150));
        assertThat(canvas.printSpec()).isEqualTo(new PrintSpec(300, 400, 100));
        assertThat(canvas.slotSpec("portrait").orElseThrow().print()).isEqualTo(canvas.printSpec());
        assertThat(canvas.slotSpec("dedication").orElseThrow().print()).isNull();
    }

    @Test
    void leavesACatalogWithProductsAlone() {
        new CatalogTestData(management).unlistedProduct();

        assertThat(demo.seedIfEmpty()).isFalse();
    }
}
