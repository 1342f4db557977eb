package shop.atelier.customers.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.customers.PostalAddress;

@Service
@Transactional(readOnly = true)
class CustomersFacade implements Customers {

    private final Accounts accounts;
    private final Addresses addresses;

    CustomersFacade(Accounts accounts, Addresses addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
    }

    /** Reads the account afresh, so a disabled or deleted account, or a staff member, is no customer. */
    @Override
    public Optional<CustomerProfile> signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.findByEmail(Emails.normalize(authentication.getName()))
                .filter(account -> account.enabled() && account.isCustomer())
                .map(Account::profile);
    }

    @Override
    public Optional<CustomerProfile> byId(CustomerId id) {
        return accounts.findById(id.value()).filter(Account::isCustomer).map(Account::profile);
    }

    @Override
    public List<PostalAddress> addresses(CustomerId id) {
        return addresses.book(id.value()).stream().map(Address::postalAddress).toList();
    }
}
