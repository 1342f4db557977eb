/**
 * The rights of the people whose data the shop holds (promises G1-G5, X1): requests from the
 * account, from a guest verified by a mailed link, or logged by staff; a tracker with legal
 * deadlines; access as one archive; erasure across every module that implements the privacy SPI,
 * honouring legal holds, with a receipt of what was kept, why and until when.
 */
@ApplicationModule(
        allowedDependencies = {"platform", "privacy", "privacy::spi", "notifications", "customers", "orders"})
@NullMarked
package shop.atelier.rights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
