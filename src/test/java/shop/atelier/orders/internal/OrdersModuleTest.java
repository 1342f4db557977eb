package shop.atelier.orders.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import shop.atelier.catalog.Catalog;
import shop.atelier.customers.Customers;
import shop.atelier.notifications.Notifications;
import shop.atelier.payments.Payments;
import shop.atelier.privacy.AuditLog;
import shop.atelier.privacy.LegalHolds;
import shop.atelier.uploads.Uploads;

/**
 * The orders module on the platform (database, security, layout) with the other modules' facades
 * mocked. One annotation, so that every module test shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(extraIncludes = "platform")
@AutoConfigureMockMvc
@MockitoBean(
        types = {
            Catalog.class,
            Customers.class,
            Payments.class,
            Notifications.class,
            Uploads.class,
            AuditLog.class,
            LegalHolds.class
        })
public @interface OrdersModuleTest {}
