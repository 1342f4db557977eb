package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadOwner;
import shop.atelier.uploads.UploadRejected;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/** At checkout the cart's materials, with their key, become the order's. */
@UploadsTest
class RebindTests {

    @Autowired
    Uploads uploads;

    @Autowired
    UploadsService service;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    Material store(UploadScope scope, MaterialKind kind, String name, byte[] content) {
        return uploads.store(scope, kind, name, new ByteArrayInputStream(content));
    }

    byte[] read(Material material) throws IOException {
        try (var in = uploads.open(material.id())) {
            return in.readAllBytes();
        }
    }

    static boolean stored(String key) {
        return Files.exists(UploadsTests.STORE.resolve(key));
    }

    @Test
    void keptMaterialsMoveToTheOrderAndTheOthersAreDeletedWithTheirFiles() throws IOException {
        var cart = UploadScope.cart(UUID.randomUUID());
        var order = UploadScope.order(UUID.randomUUID());
        uploads.assignOwner(cart, new UploadOwner("rebind-" + UUID.randomUUID() + "@example.com", null));
        var poem = TestFiles.text(700);
        var kept = store(cart, MaterialKind.TEXT, "poem.txt", poem);
        var keptPhoto = store(cart, MaterialKind.PHOTO, "dog.png", TestFiles.png(60, 40));
        var removed = store(cart, MaterialKind.PHOTO, "removed.png", TestFiles.png(50, 50));
        uploads.recordMarketingConsent(keptPhoto.id(), true, "upload-form");

        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> uploads.rebind(cart, order, Set.of(kept.id(), keptPhoto.id())));

        assertThat(uploads.materials(order)).extracting(Material::id).containsExactly(kept.id(), keptPhoto.id());
        assertThat(read(uploads.find(kept.id()).orElseThrow())).isEqualTo(poem);
        try (var thumbnail = service.openThumbnail(keptPhoto.id())) {
            assertThat(thumbnail.readAllBytes()).isNotEmpty();
        }
        assertThat(uploads.marketingConsent(keptPhoto.id()).allowed()).isTrue();
        assertThat(uploads.materials(cart)).isEmpty();
        assertThat(uploads.find(removed.id())).isEmpty();
        assertThat(stored(UploadsService.fileKey(removed.id()))).isFalse();
        assertThat(stored(UploadsService.thumbnailKey(removed.id()))).isFalse();
        assertThat(jdbc.sql("select owner_email from upload_scopes where scope_kind = 'order' and scope_id = :id")
                        .param("id", order.id())
                        .query(String.class)
                        .single())
                .startsWith("rebind-");
        // The cart is gone: its key is destroyed and it takes no new uploads.
        assertThat(jdbc.sql("select wrapped_keyset is null and destroyed_at is not null from upload_scopes"
                                + " where scope_kind = 'cart' and scope_id = :id")
                        .param("id", cart.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThatThrownBy(() -> store(cart, MaterialKind.TEXT, "late.txt", TestFiles.text(10)))
                .isInstanceOf(UploadRejected.class);
    }

    @Test
    void theOrderMustNotExistYetAndNothingChangesWhenItDoes() throws IOException {
        var cart = UploadScope.cart(UUID.randomUUID());
        var order = UploadScope.order(UUID.randomUUID());
        var material = store(cart, MaterialKind.TEXT, "poem.txt", TestFiles.text(100));
        store(order, MaterialKind.TEXT, "other.txt", TestFiles.text(100));

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager)
                        .executeWithoutResult(status -> uploads.rebind(cart, order, Set.of(material.id()))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(uploads.materials(cart)).extracting(Material::id).containsExactly(material.id());
        assertThat(read(material)).isEqualTo(TestFiles.text(100));
    }

    @Test
    void aRolledBackCheckoutLeavesTheCartAsItWas() throws IOException {
        var cart = UploadScope.cart(UUID.randomUUID());
        var order = UploadScope.order(UUID.randomUUID());
        var kept = store(cart, MaterialKind.TEXT, "poem.txt", TestFiles.text(100));
        var dropped = store(cart, MaterialKind.TEXT, "draft.txt", TestFiles.text(50));

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            uploads.rebind(cart, order, Set.of(kept.id()));
            status.setRollbackOnly();
        });

        assertThat(uploads.materials(cart)).extracting(Material::id).containsExactly(kept.id(), dropped.id());
        assertThat(read(dropped)).isEqualTo(TestFiles.text(50));
        assertThat(uploads.materials(order)).isEmpty();
    }

    @Test
    void aCartWithoutUploadsHasNothingToMove() {
        var cart = UploadScope.cart(UUID.randomUUID());
        var order = UploadScope.order(UUID.randomUUID());

        uploads.rebind(cart, order, Set.of());

        assertThat(uploads.materials(order)).isEmpty();
        assertThatThrownBy(() -> uploads.rebind(
                        UploadScope.cart(UUID.randomUUID()),
                        UploadScope.order(UUID.randomUUID()),
                        Set.of(shop.atelier.uploads.MaterialId.random())))
                .isInstanceOf(IllegalStateException.class);
    }
}
