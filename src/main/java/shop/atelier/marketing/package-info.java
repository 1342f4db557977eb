/**
 * Promotional mail (promises U5, G4): opt-in confirmed by email, one-click unsubscribe honoured at
 * once, a suppression list of hashed addresses that outlives erasure, and campaigns sent only to
 * subscribers, rate-limited, through the outbox.
 */
@ApplicationModule(
        allowedDependencies = {"platform", "privacy", "privacy::spi", "notifications", "customers", "orders"})
@NullMarked
package shop.atelier.marketing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
