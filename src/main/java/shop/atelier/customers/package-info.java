/**
 * The people who use the shop: customer accounts with their address book, sign-in and password
 * reset, and the staff accounts (staff, privacy officer, admin) created from configuration.
 */
@ApplicationModule(allowedDependencies = {"platform", "notifications", "privacy", "privacy::spi"})
@NullMarked
package shop.atelier.customers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
