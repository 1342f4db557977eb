package shop.atelier.catalog.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shop.atelier.catalog.ProductId;

/** The bytes of uploaded product images, kept apart from the product so pages never load them. */
@Repository
class ImageFiles {

    private final JdbcClient jdbc;

    ImageFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(UUID id, ProductId product, ImageType type, byte[] bytes, Instant now) {
        jdbc.sql("""
                        insert into catalog_image_file (id, product_id, content_type, bytes, created_at)
                        values (:id, :product, :type, :bytes, :at)
                        """)
                .param("id", id)
                .param("product", product.value())
                .param("type", type.mediaType())
                .param("bytes", bytes)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    Optional<StoredImage> find(UUID id) {
        return jdbc.sql("select content_type, bytes from catalog_image_file where id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredImage(rs.getString("content_type"), rs.getBytes("bytes")))
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from catalog_image_file where id = :id")
                .param("id", id)
                .update();
    }
}
