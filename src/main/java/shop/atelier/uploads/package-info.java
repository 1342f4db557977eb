/**
 * Custom materials customers entrust to the shop (photos, videos, text files): streaming ingest with
 * type detection from the content, size and pixel limits, metadata stripping, and encryption at rest
 * under a data key per cart or order, so destroying that key makes every copy unreadable.
 */
@ApplicationModule(allowedDependencies = {"platform", "privacy::spi"})
@NullMarked
package shop.atelier.uploads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
