/**
 * Cart, checkout and orders: the cart lines with their personalization, guest or account checkout
 * asking only what the order needs (promise C1), and the order's state machine with every
 * transition logged (promise U1). Confirmation mail goes through the notifications outbox.
 */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "catalog",
            "customers",
            "payments",
            "notifications",
            "uploads",
            "privacy",
            "privacy::spi"
        })
@NullMarked
package shop.atelier.orders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
