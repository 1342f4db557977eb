package shop.atelier.customers;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about customers. */
public interface Customers {

    /** The customer signed in on the current request, if any (staff are not customers). */
    Optional<CustomerProfile> signedIn();

    /** The customer with this id; empty for an unknown id, an erased account or a staff account. */
    Optional<CustomerProfile> byId(CustomerId id);

    /** The customer's saved addresses, default first. */
    List<PostalAddress> addresses(CustomerId id);
}
