package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.platform.NotFoundException;
import shop.atelier.privacy.PolicyVersions;
import shop.atelier.uploads.MarketingConsent;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/** Marketing use of a material only with the customer's consent, off by default, revocable (M1). */
@UploadsTest
class MarketingConsentTests {

    @Autowired
    Uploads uploads;

    @Autowired
    MarketingConsents consents;

    @Autowired
    Gallery gallery;

    @Autowired
    PolicyVersions policy;

    @Autowired
    JdbcClient jdbc;

    Material photo(UploadScope scope) {
        return uploads.store(scope, MaterialKind.PHOTO, "cat.png", new ByteArrayInputStream(TestFiles.png(30, 20)));
    }

    boolean inGallery(MaterialId id) {
        return gallery.page(0, 100).items().stream().anyMatch(item -> item.id().equals(id));
    }

    int rows(MaterialId id) {
        return jdbc.sql("select count(*) from upload_marketing_consents where material_id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .single();
    }

    @Test
    void offUntilTheCustomerSaysYesThenTheLatestChoiceCounts() {
        var material = photo(UploadScope.cart(UUID.randomUUID()));
        assertThat(uploads.marketingConsent(material.id())).isEqualTo(MarketingConsent.none(material.id()));
        assertThat(inGallery(material.id())).isFalse();

        var yes = uploads.recordMarketingConsent(material.id(), true, "upload-form");
        assertThat(yes.allowed()).isTrue();
        assertThat(yes.policyVersion()).isEqualTo(policy.current());
        assertThat(uploads.marketingConsent(material.id())).isEqualTo(yes);
        assertThat(inGallery(material.id())).isTrue();
        assertThat(gallery.page(0, 100).items().getFirst().id()).isEqualTo(material.id());

        var no = uploads.recordMarketingConsent(material.id(), false, "order-page");
        assertThat(uploads.marketingConsent(material.id())).isEqualTo(no);
        assertThat(inGallery(material.id())).isFalse();

        assertThat(consents.history(material.id()))
                .extracting(MarketingConsent::allowed, MarketingConsent::method)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, "upload-form"),
                        org.assertj.core.groups.Tuple.tuple(false, "order-page"));
    }

    @Test
    void deletingOrShreddingAMaterialRemovesItsConsents() {
        var deleted = photo(UploadScope.cart(UUID.randomUUID()));
        uploads.recordMarketingConsent(deleted.id(), true, "upload-form");
        var scope = UploadScope.order(UUID.randomUUID());
        var shredded = photo(scope);
        uploads.recordMarketingConsent(shredded.id(), true, "order-page");

        uploads.delete(deleted.id());
        uploads.destroyScope(scope);

        assertThat(rows(deleted.id())).isZero();
        assertThat(rows(shredded.id())).isZero();
        assertThat(inGallery(deleted.id())).isFalse();
        assertThat(inGallery(shredded.id())).isFalse();
    }

    @Test
    void consentForNoMaterialOrWithAStrangeMethodIsRefused() {
        assertThatThrownBy(() -> uploads.recordMarketingConsent(MaterialId.random(), true, "upload-form"))
                .isInstanceOf(NotFoundException.class);
        var material = photo(UploadScope.cart(UUID.randomUUID()));
        assertThatThrownBy(() -> uploads.recordMarketingConsent(material.id(), true, "Upload Form!"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rows(material.id())).isZero();
    }
}
