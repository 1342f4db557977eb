/**
 * Design proofs (promise U2): for each personalized order line that needs one, staff publish a
 * preview, the customer approves it or asks for changes with a comment, over as many rounds as it
 * takes; when every line is approved the order leaves proofing. Previews are stored encrypted in the
 * order's upload scope and shown only through short-lived signed links.
 */
@ApplicationModule(
        allowedDependencies = {"platform", "catalog", "customers", "orders", "uploads", "notifications", "privacy::spi"
        })
@NullMarked
package shop.atelier.proofs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
