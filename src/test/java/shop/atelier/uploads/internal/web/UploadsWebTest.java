package shop.atelier.uploads.internal.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import shop.atelier.MutableClock;

/**
 * The whole shop on a random port, with the uploads module's test store and key, and a clock the
 * tests move by hand. Test classes carrying it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "atelier.uploads.store.local.directory=target/uploads-tests/files",
            "atelier.uploads.generated-master-key-file=target/uploads-tests/master-key.json"
        })
@AutoConfigureMockMvc
@Import(UploadsWebTest.Config.class)
@interface UploadsWebTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Config {

        @Bean
        @Primary
        MutableClock uploadsTestClock() {
            return new MutableClock(Instant.now());
        }
    }
}
