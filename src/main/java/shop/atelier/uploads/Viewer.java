package shop.atelier.uploads;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who a signed link is made for, as the access log records it.
 *
 * @param role the viewer's role, e.g. {@code CUSTOMER}, {@code GUEST}, {@code STAFF}, {@code
 *     WORKSHOP}
 * @param subject who it is, without contact data: e.g. a customer id, a staff login, a workshop id,
 *     or for a guest the order number
 * @param boundPrincipal when set, the link works only for a request signed in as this principal name
 *     (a signed-in customer's or staff member's); a guest's link works for whoever holds it until it
 *     expires
 * @param purpose why the material is read, e.g. {@code cart-preview}, {@code order-page}, {@code
 *     proof-review}, {@code production}
 */
public record Viewer(String role, String subject, @Nullable String boundPrincipal, String purpose) {

    /**
     * Purposes beyond making the order (promise M1): a link for one of them is made, and opens, only
     * while the customer's marketing consent for the material stands.
     */
    public static final Set<String> MARKETING_PURPOSES = Set.of("gallery", "marketing");

    public Viewer {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purpose, "purpose");
    }

    public boolean forMarketing() {
        return MARKETING_PURPOSES.contains(purpose);
    }
}
