package shop.atelier.uploads.internal;

import com.adobe.testing.s3mock.S3MockApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;

/**
 * An S3-compatible server inside the test JVM. S3Mock is a Spring Boot application of its own: our
 * {@code application.properties} comes first on the class path and would replace its own, so its
 * settings are passed as arguments (which win over any file), with our auto-configuration that it
 * must not run excluded.
 */
final class S3Mock {

    private static S3MockApplication server;

    private S3Mock() {}

    static synchronized URI endpoint() {
        if (server == null) {
            server = S3MockApplication.start(new HashMap<>(), arguments());
        }
        return URI.create("http://localhost:" + server.getHttpPort());
    }

    private static String[] arguments() {
        // The jar's own file, not ours: both are /application.properties, and ours is found first.
        var own = new Properties();
        try (var jar = new ZipInputStream(S3MockApplication.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .openStream())) {
            for (var entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                if (entry.getName().equals("application.properties")) {
                    own.load(jar);
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var settings = new TreeMap<String, String>();
        own.forEach((key, value) -> settings.put(key.toString(), value.toString()));
        settings.put("server.port", "0");
        settings.put("http.port", "0");
        settings.put("spring.autoconfigure.exclude", String.join(",", EXCLUDED));
        return settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
    }

    static final String[] EXCLUDED = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
        "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
        "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
        "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
        "org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration",
    };
}
