/**
 * Shipping: the configured carriers, shipments and their tracking. A carrier receives only what a
 * parcel label needs (promise S2) through the {@link shop.atelier.shipping.internal.CarrierGateway}
 * port, and every handover is written to the disclosure register; signed tracking webhooks move
 * the shipment and the order, and the end of the after-sales window closes the order (promise U1).
 */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "customers",
            "orders",
            "production",
            "notifications",
            "privacy",
            "privacy::spi"
        })
@NullMarked
package shop.atelier.shipping;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
