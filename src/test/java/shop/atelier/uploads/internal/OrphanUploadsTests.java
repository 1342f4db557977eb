package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/** Uploads that never became part of an order are gone after 48 hours (promise M2). */
@UploadsTest
class OrphanUploadsTests {

    @Autowired
    Uploads uploads;

    @Autowired
    JdbcClient jdbc;

    Material storeText(UploadScope scope) {
        return uploads.store(
                scope,
                MaterialKind.TEXT,
                "dedication.txt",
                new ByteArrayInputStream("For Anna, with love".getBytes(StandardCharsets.UTF_8)));
    }

    void createdAgo(UploadScope scope, Duration age) {
        jdbc.sql("update upload_scopes set created_at = :at where scope_kind = :kind and scope_id = :id")
                .param("at", Timestamp.from(Instant.now().minus(age)))
                .param("kind", scope.kind())
                .param("id", scope.id())
                .update();
    }

    @Test
    void cartUploadsOlderThan48HoursAreDestroyedAndOrdersAndFreshCartsKept() throws Exception {
        var abandoned = UploadScope.cart(UUID.randomUUID());
        var fresh = UploadScope.cart(UUID.randomUUID());
        var ordered = UploadScope.order(UUID.randomUUID());
        var lost = storeText(abandoned);
        var recent = storeText(fresh);
        var kept = storeText(ordered);
        createdAgo(abandoned, Duration.ofHours(49));
        createdAgo(fresh, Duration.ofHours(47));
        createdAgo(ordered, Duration.ofDays(30));

        var cleanup =
                new OrphanUploads(jdbc, uploads, Clock.fixed(Instant.now(), ZoneOffset.UTC), Duration.ofHours(48));
        assertThat(cleanup.deleteOrphans()).isGreaterThanOrEqualTo(1);

        assertThat(uploads.find(lost.id())).isEmpty();
        assertThatThrownBy(() -> uploads.open(lost.id()).close()).isInstanceOf(RuntimeException.class);
        assertThat(uploads.materials(abandoned)).isEmpty();
        assertThat(jdbc.sql("select wrapped_keyset is null and destroyed_at is not null from upload_scopes"
                                + " where scope_kind = 'cart' and scope_id = :id")
                        .param("id", abandoned.id())
                        .query(Boolean.class)
                        .single())
                .as("the abandoned cart's data key is destroyed")
                .isTrue();
        try (var in = uploads.open(recent.id())) {
            assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("For Anna, with love");
        }
        try (var in = uploads.open(kept.id())) {
            assertThat(in.readAllBytes()).isNotEmpty();
        }
    }
}
