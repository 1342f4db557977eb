/**
 * Custom materials customers entrust to the shop (photos, videos, text files) and the shop's design
 * proofs: streaming ingest with type detection from the content, size and pixel limits, metadata
 * stripping, thumbnails, and encryption at rest under a data key per cart or order, so destroying
 * that key makes every copy unreadable. Materials are read only through short-lived signed links,
 * every read and refusal is in an access log, and marketing use needs the customer's consent.
 */
@ApplicationModule(allowedDependencies = {"platform", "privacy", "privacy::spi"})
@NullMarked
package shop.atelier.uploads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
