package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.unit.DataSize;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/** With {@code atelier.uploads.store.type=s3} the module stores its ciphertext in the bucket. */
@SpringBootTest(
        properties = {
            "atelier.uploads.store.type=s3",
            "atelier.uploads.generated-master-key-file=target/uploads-tests/master-key.json"
        })
class S3UploadsTests {

    static final String BUCKET = "atelier-wiring-" + UUID.randomUUID();

    @DynamicPropertySource
    static void bucket(DynamicPropertyRegistry registry) {
        var endpoint = S3Mock.endpoint();
        registry.add("atelier.uploads.store.s3.endpoint", endpoint::toString);
        registry.add("atelier.uploads.store.s3.bucket", () -> BUCKET);
        registry.add("atelier.uploads.store.s3.access-key", () -> "test");
        registry.add("atelier.uploads.store.s3.secret-key", () -> "test");
        registry.add("atelier.uploads.store.s3.prefix", () -> "materials/");
        try (var client = UploadsConfiguration.s3Client(new UploadsProperties.S3(
                endpoint, BUCKET, "us-east-1", true, "test", "test", "", DataSize.ofMegabytes(8)))) {
            client.createBucket(request -> request.bucket(BUCKET));
        }
    }

    @Autowired
    Uploads uploads;

    @Autowired
    FileStore files;

    @Test
    void photoAndItsThumbnailRoundTripThroughTheBucket() throws IOException {
        var material = uploads.store(
                UploadScope.cart(UUID.randomUUID()),
                MaterialKind.PHOTO,
                "garden.jpg",
                new ByteArrayInputStream(TestFiles.jpegWithGpsExif(120, 90, 1)));

        assertThat(files).isInstanceOf(S3FileStore.class);
        assertThat(files.exists(material.id().toString())).isTrue();
        byte[] stored;
        try (var in = files.open(material.id().toString())) {
            stored = in.readAllBytes();
        }
        byte[] clear;
        try (var in = uploads.open(material.id())) {
            clear = in.readAllBytes();
        }
        assertThat(ImageIO.read(new ByteArrayInputStream(clear)).getWidth()).isEqualTo(120);
        assertThat(TestFiles.sharesARunOf16(clear, stored)).isFalse();

        var thumbnailKey = UploadsService.thumbnailKey(material.id());
        assertThat(files.exists(thumbnailKey)).isTrue();
        try (var in = ((UploadsService) uploads).openThumbnail(material.id())) {
            assertThat(ImageIO.read(in).getWidth()).isEqualTo(120);
        }

        uploads.delete(material.id());
        assertThat(files.exists(material.id().toString())).isFalse();
        assertThat(files.exists(thumbnailKey)).isFalse();
    }
}
