package shop.atelier.uploads.internal;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.privacy.PolicyVersions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The uploads module's beans: the master key, the scopes' keys, the file store and the facade. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadsProperties.class)
class UploadsConfiguration {

    static {
        try {
            AeadConfig.register();
            StreamingAeadConfig.register();
            MacConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Bean
    MasterKey.Loaded uploadsMasterKey(UploadsProperties properties, Environment environment) {
        return MasterKey.loadWithId(properties, environment.getActiveProfiles());
    }

    @Bean
    ScopeKeys uploadScopeKeys(JdbcClient jdbc, MasterKey.Loaded masterKey, Clock clock) {
        return new ScopeKeys(jdbc, masterKey.aead(), clock);
    }

    @Bean
    LinkTokens uploadLinkTokens(JdbcClient jdbc, MasterKey.Loaded masterKey, Clock clock) {
        return new LinkTokens(jdbc, masterKey, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "atelier.uploads.store.type", havingValue = "local", matchIfMissing = true)
    FileStore localFileStore(UploadsProperties properties) throws IOException {
        return new LocalFileStore(properties.store().local().directory());
    }

    @Bean
    @ConditionalOnProperty(name = "atelier.uploads.store.type", havingValue = "s3")
    FileStore s3FileStore(UploadsProperties properties) {
        var s3 = properties.store().s3();
        return new S3FileStore(
                s3Client(s3),
                s3.bucket(),
                s3.prefix(),
                Math.toIntExact(s3.partSize().toBytes()));
    }

    static S3Client s3Client(UploadsProperties.S3 s3) {
        var builder = S3Client.builder()
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                .credentialsProvider(
                        s3.accessKey() == null || s3.accessKey().isBlank()
                                ? DefaultCredentialsProvider.builder().build()
                                : StaticCredentialsProvider.create(AwsBasicCredentials.create(
                                        s3.accessKey(), s3.secretKey() == null ? "" : s3.secretKey())));
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        return builder.build();
    }

    @Bean
    UploadsService uploads(
            JdbcClient jdbc,
            ScopeKeys keys,
            FileStore files,
            UploadsProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            LinkTokens links,
            AccessLog accessLog,
            MarketingConsents consents) {
        return new UploadsService(
                jdbc,
                keys,
                files,
                properties,
                clock,
                new TransactionTemplate(transactionManager),
                events,
                links,
                accessLog,
                consents);
    }

    @Bean
    AccessLog uploadsAccessLog(JdbcClient jdbc, Clock clock) {
        return new AccessLog(jdbc, clock);
    }

    @Bean
    MarketingConsents uploadsMarketingConsents(JdbcClient jdbc, PolicyVersions policy, Clock clock) {
        return new MarketingConsents(jdbc, policy, clock);
    }

    @Bean
    SignedLinks uploadsSignedLinks(LinkTokens tokens, UploadsService uploads, AccessLog accessLog) {
        return new SignedLinks(tokens, uploads, accessLog);
    }

    @Bean
    Gallery uploadsGallery(MarketingConsents consents) {
        return new Gallery(consents);
    }
}
