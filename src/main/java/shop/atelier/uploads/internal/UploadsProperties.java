package shop.atelier.uploads.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import shop.atelier.uploads.MaterialKind;

/**
 * How uploads are limited, encrypted and stored.
 *
 * @param masterKey the master key: a Tink JSON keyset (AEAD) in base64, e.g. from an environment variable
 * @param masterKeyFile the master key as a file holding a Tink JSON keyset (AEAD)
 * @param generatedMasterKeyFile where a master key is generated and kept when none is configured
 *     (only without an active profile or with {@code default}, {@code dev} or {@code test})
 * @param maxPixels the most pixels a photo may have (width × height); checked before decoding
 * @param linkTtl how long a signed link to a material works; at most five minutes (promise M3), so a
 *     longer setting stops the application at start
 * @param accessLogRetention how long the access log keeps an entry
 */
@ConfigurationProperties("atelier.uploads")
record UploadsProperties(
        @Nullable String masterKey,
        @Nullable Path masterKeyFile,
        @DefaultValue("data/keys/master-key.json") Path generatedMasterKeyFile,
        @DefaultValue Limits limits,
        @DefaultValue("100000000") long maxPixels,
        @DefaultValue Store store,
        @DefaultValue("PT5M") Duration linkTtl,
        @DefaultValue("P365D") Duration accessLogRetention) {

    static final Duration LONGEST_LINK_TTL = Duration.ofMinutes(5);

    UploadsProperties {
        if (linkTtl.isNegative() || linkTtl.isZero() || linkTtl.compareTo(LONGEST_LINK_TTL) > 0) {
            throw new IllegalArgumentException(
                    "atelier.uploads.link-ttl must be positive and at most PT5M (signed links are short-lived), not "
                            + linkTtl);
        }
        if (accessLogRetention.isNegative() || accessLogRetention.isZero()) {
            throw new IllegalArgumentException("atelier.uploads.access-log-retention must be positive");
        }
    }

    /** Largest accepted content per kind; enforced while the content streams in. */
    record Limits(
            @DefaultValue("30MB") DataSize photo,
            @DefaultValue("500MB") DataSize video,
            @DefaultValue("1MB") DataSize text,
            @DefaultValue("50MB") DataSize proof) {

        long bytes(MaterialKind kind) {
            return switch (kind) {
                case PHOTO -> photo.toBytes();
                case VIDEO -> video.toBytes();
                case TEXT -> text.toBytes();
                case PROOF -> proof.toBytes();
            };
        }
    }

    /**
     * The file store.
     *
     * @param type {@code local} (default) or {@code s3}
     */
    record Store(
            @DefaultValue("local") String type,
            @DefaultValue Local local,
            @DefaultValue S3 s3) {}

    record Local(@DefaultValue("data/files") Path directory) {}

    /**
     * An S3-compatible bucket.
     *
     * @param endpoint the service's URL; empty for AWS itself
     * @param pathStyle path-style addressing, which most S3-compatible servers need
     * @param accessKey access key id; empty to use the SDK's default credentials chain
     * @param prefix prepended to every object key
     * @param partSize size of a multipart upload's parts (at least 5 MB), the memory one upload buffers
     */
    record S3(
            @Nullable URI endpoint,
            @DefaultValue("atelier-uploads") String bucket,
            @DefaultValue("us-east-1") String region,
            @DefaultValue("true") boolean pathStyle,
            @Nullable String accessKey,
            @Nullable String secretKey,
            @DefaultValue("") String prefix,
            @DefaultValue("8MB") DataSize partSize) {}
}
