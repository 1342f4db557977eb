/**
 * The privacy engine: the data map, consents, policy versions and the rights of the people whose
 * data the shop holds. Its {@code spi} is implemented by every module that holds personal data, so
 * nothing personal is held that this module cannot list, export or erase. It uses no other module.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package shop.atelier.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
