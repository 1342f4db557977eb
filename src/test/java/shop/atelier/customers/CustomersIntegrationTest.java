package shop.atelier.customers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import shop.atelier.notifications.Notifications;

/**
 * The whole application on a random port with MockMvc, with {@link Notifications} replaced by a
 * mock (inject it to see the emails enqueued). One shared configuration, so all customers tests
 * share one application context.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@MockitoBean(types = Notifications.class)
public @interface CustomersIntegrationTest {}
