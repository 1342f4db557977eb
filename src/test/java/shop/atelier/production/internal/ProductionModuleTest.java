package shop.atelier.production.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import shop.atelier.customers.Customers;
import shop.atelier.orders.Orders;
import shop.atelier.privacy.AuditLog;
import shop.atelier.privacy.Disclosures;
import shop.atelier.proofs.Proofs;
import shop.atelier.uploads.Uploads;

/**
 * The production module on the platform (database, security, layout) with the facades of orders,
 * proofs, uploads, customers and the privacy registers mocked. One annotation, so every production
 * test shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(extraIncludes = "platform")
@AutoConfigureMockMvc
@MockitoBean(types = {Orders.class, Proofs.class, Uploads.class, Customers.class, Disclosures.class, AuditLog.class})
public @interface ProductionModuleTest {}
