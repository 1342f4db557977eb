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

    /**
     * Gives a craftsman an account with the role WORKSHOP and emails them a link to choose their
     * password (the password-reset link, valid longer). An address without an account gets a new one
     * with no usable password; an address that already belongs to a workshop account is reused (the
     * link is sent again). The mail is written to the outbox in the caller's transaction.
     *
     * @return the id of the account, which the production module binds to a workshop
     * @throws WorkshopAccountRefused when the address belongs to a customer's or a staff account
     */
    CustomerId inviteWorkshopUser(String email, String name);
}
