package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 adapter against an S3-compatible server running in the test JVM. */
class S3FileStoreTests {

    static final String BUCKET = "atelier-test-" + UUID.randomUUID();
    static S3Client client;
    static S3FileStore store;

    @BeforeAll
    static void startServer() {
        var endpoint = S3Mock.endpoint();
        var properties = new Binder(new MapConfigurationPropertySource(Map.of(
                        "atelier.uploads.store.s3.endpoint", endpoint.toString(),
                        "atelier.uploads.store.s3.bucket", BUCKET,
                        "atelier.uploads.store.s3.access-key", "test",
                        "atelier.uploads.store.s3.secret-key", "test",
                        "atelier.uploads.store.s3.part-size", "5MB")))
                .bindOrCreate("atelier.uploads", Bindable.of(UploadsProperties.class));
        var s3 = properties.store().s3();
        client = UploadsConfiguration.s3Client(s3);
        client.createBucket(request -> request.bucket(BUCKET));
        store = new S3FileStore(
                client, s3.bucket(), "materials/", Math.toIntExact(s3.partSize().toBytes()));
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    static byte[] randomBytes(int size) {
        var bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void smallFileRoundTrip() throws IOException {
        var key = key();
        var content = randomBytes(10_000);
        store.put(key, new ByteArrayInputStream(content));

        assertThat(store.exists(key)).isTrue();
        try (var in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(client.headObject(request -> request.bucket(BUCKET).key("materials/" + key))
                        .contentLength())
                .isEqualTo(content.length);

        store.delete(key);
        assertThat(store.exists(key)).isFalse();
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(FileNotFoundException.class);
    }

    @Test
    void largeFileGoesUpInPartsAndComesBackWhole() throws IOException {
        var key = key();
        var content = randomBytes(12 * 1024 * 1024 + 123);
        store.write(key, out -> {
            for (var offset = 0; offset < content.length; offset += 100_000) {
                out.write(content, offset, Math.min(100_000, content.length - offset));
            }
        });

        try (var in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void failedWriteLeavesNothing() {
        var key = key();
        assertThatThrownBy(() -> store.write(key, out -> {
                    out.write(randomBytes(11 * 1024 * 1024));
                    throw new IOException("connection dropped");
                }))
                .hasMessage("connection dropped");

        assertThat(store.exists(key)).isFalse();
        assertThat(client.listMultipartUploads(request -> request.bucket(BUCKET))
                        .uploads())
                .noneMatch(upload -> upload.key().endsWith(key));
    }
}
