/**
 * Shared kernel and cross-cutting infrastructure: money, shop settings, the page layout, security,
 * error handling, the embedded database and cluster-safe jobs. Every module may use its API; it
 * uses no module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package shop.atelier.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
