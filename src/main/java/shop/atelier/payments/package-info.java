/**
 * Taking payment without ever holding card data (promise C2): a {@link
 * shop.atelier.payments.PaymentProvider} port with the sandbox adapter (default) that behaves like a
 * hosted checkout, signed webhooks verified in constant time, idempotent processing and a ledger of
 * payment events. Knows orders only by reference.
 */
@ApplicationModule(allowedDependencies = {"platform", "privacy", "privacy::spi"})
@NullMarked
package shop.atelier.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
