/**
 * The privacy engine: the data map, consents, policy versions and the rights of the people whose
 * data the shop holds. Its {@code spi} is implemented by every module that holds personal data, so
 * nothing personal is held that this module cannot list, export or erase. Its API records every
 * handover of personal data ({@link shop.atelier.privacy.Disclosures}) and every staff or workshop
 * access ({@link shop.atelier.privacy.AuditLog}), and knows legal holds. It uses the platform only.
 */
@ApplicationModule(allowedDependencies = {"platform"})
@NullMarked
package shop.atelier.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
