package shop.atelier.privacy;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The append-only, tamper-evident record of staff and workshop access to personal data and
 * materials (promise M3): each entry hashes the one before it.
 */
public interface AuditLog {

    /**
     * Records one access, in the caller's transaction.
     *
     * @param actor the principal name of who looked (a staff login, a craftsman's login)
     * @param role their role: STAFF, PRIVACY_OFFICER, ADMIN, WORKSHOP
     * @param workshop the workshop's name for a craftsman, shown to the customer instead of a person
     * @param action what they did, e.g. {@code view-order-contact}, {@code open-material}
     * @param resource what they saw, e.g. {@code order:<id>}, {@code material:<id>}
     * @param customerId whose data it was, when known
     * @param orderId the order it belongs to, when known
     */
    void record(
            String actor,
            String role,
            @Nullable String workshop,
            String action,
            String resource,
            @Nullable UUID customerId,
            @Nullable UUID orderId);

    /**
     * Records one access with the email address of the person whose data it was, in the caller's
     * transaction. Prefer this one whenever the email is at hand: the person's own access page and a
     * guest's rights request find entries by email (the signed-in principal is an email address).
     *
     * @param customerEmail the email address of the person whose data it was, when known
     */
    void record(
            String actor,
            String role,
            @Nullable String workshop,
            String action,
            String resource,
            @Nullable UUID customerId,
            @Nullable String customerEmail,
            @Nullable UUID orderId);
}
