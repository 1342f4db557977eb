package shop.atelier.proofs.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import shop.atelier.customers.Customers;
import shop.atelier.notifications.Notifications;
import shop.atelier.orders.Orders;
import shop.atelier.uploads.Uploads;

/**
 * The proofs module on the platform (database, security, layout) with the facades of orders,
 * uploads, notifications and customers mocked. One annotation, so every proofs test shares one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(extraIncludes = "platform")
@AutoConfigureMockMvc
@MockitoBean(types = {Orders.class, Uploads.class, Notifications.class, Customers.class})
public @interface ProofsModuleTest {}
