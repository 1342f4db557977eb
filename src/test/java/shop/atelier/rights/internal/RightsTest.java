package shop.atelier.rights.internal;

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
 * The whole shop on a random port with MockMvc, real mail (read from the outbox), a clock the tests
 * move by hand and a Shopify webhook secret. Test classes carrying it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"atelier.rights.shopify-webhook-secret=" + RightsTest.SECRET, "atelier.jobs.polling-interval=PT1H"
        })
@AutoConfigureMockMvc
@Import(RightsTest.Config.class)
public @interface RightsTest {

    String SECRET = "shopify-test-secret";

    @TestConfiguration(proxyBeanMethods = false)
    class Config {

        @Bean
        @Primary
        MutableClock rightsTestClock() {
            return new MutableClock(Instant.now());
        }
    }
}
