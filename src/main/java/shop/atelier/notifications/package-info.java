/**
 * Email: an outbox written in the same transaction as the business change that causes the mail,
 * sent by a retrying job over SMTP when configured, and shown to staff in the built-in outbox
 * viewer. Transactional and promotional mail are kept apart; every footer names the privacy
 * contact (promise X1).
 */
@ApplicationModule(allowedDependencies = {"platform", "privacy::spi"})
@NullMarked
package shop.atelier.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
