package shop.atelier.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.SlotType;

/** The catalog's tables keep their rules even against a writer that bypasses the aggregate. */
@SpringBootTest
class CatalogSchemaTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogManagement catalog;

    UUID product;

    @BeforeEach
    void insertProductWithoutSayingItsMinimumResolution() {
        product = UUID.randomUUID();
        jdbc.sql("""
                        insert into catalog_product (id, slug, name, created_at, updated_at)
                        values (:id, :slug, 'Schema test', :at, :at)
                        """)
                .param("id", product)
                .param("slug", "schema-" + product)
                .param("at", OffsetDateTime.now())
                .update();
    }

    @Test
    void productsAskFor100DpiUnlessToldOtherwise() {
        assertThat(catalog.product(new ProductId(product)).minDpi()).isEqualTo(ProductDraft.DEFAULT_MIN_DPI);
        assertThat(ProductDraft.DEFAULT_MIN_DPI).isEqualTo(100);
    }

    @Test
    void minimumResolutionStaysBetween30And1200() {
        for (var dpi : new int[] {29, 1201, 0, -100}) {
            assertThatThrownBy(() -> setMinDpi(dpi)).isInstanceOf(DataIntegrityViolationException.class);
        }
        setMinDpi(30);
        setMinDpi(1200);
        assertThat(catalog.product(new ProductId(product)).minDpi()).isEqualTo(1200);
    }

    @Test
    void aTextFileSlotIsStoredAndReadBack() {
        insertSlot("letter", "TEXT_FILE", null);

        var slot = catalog.product(new ProductId(product)).slot("letter").orElseThrow();
        assertThat(slot.type()).isEqualTo(SlotType.TEXT_FILE);
        assertThat(slot.maxLength()).isNull();
    }

    @Test
    void slotTypesOutsideTheListAndLengthsOnUploadSlotsAreRefused() {
        assertThatThrownBy(() -> insertSlot("exe", "EXECUTABLE", null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertSlot("letter", "TEXT_FILE", 100))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(catalog.product(new ProductId(product)).slots()).isEmpty();
    }

    private void setMinDpi(int dpi) {
        jdbc.sql("update catalog_product set min_dpi = :dpi where id = :id")
                .param("dpi", dpi)
                .param("id", product)
                .update();
    }

    private void insertSlot(String key, String type, Integer maxLength) {
        jdbc.sql("""
                        insert into catalog_slot (product_id, slot_key, sort_order, label, slot_type, required, max_length)
                        values (:id, :key, 0, 'Slot', :type, false, :maxLength)
                        """)
                .param("id", product)
                .param("key", key)
                .param("type", type)
                .param("maxLength", maxLength, java.sql.Types.INTEGER)
                .update();
    }
}
