package shop.atelier.customers.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.customers.PostalAddress;
import shop.atelier.customers.WorkshopAccountRefused;

@Service
@Transactional(readOnly = true)
class CustomersFacade implements Customers {

    private final Accounts accounts;
    private final Addresses addresses;
    private final PasswordResets passwordResets;
    private final Clock clock;

    CustomersFacade(Accounts accounts, Addresses addresses, PasswordResets passwordResets, Clock clock) {
        this.accounts = accounts;
        this.addresses = addresses;
        this.passwordResets = passwordResets;
        this.clock = clock;
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

    @Override
    @Transactional
    public CustomerId inviteWorkshopUser(String email, String name) {
        var normalized = Emails.normalize(email);
        var existing = accounts.findByEmail(normalized);
        Account account;
        if (existing.isPresent()) {
            if (!existing.get().isWorkshopOnly()) {
                throw new WorkshopAccountRefused();
            }
            account = existing.get();
        } else {
            try {
                account = accounts.save(
                        Account.workshopUser(name, normalized, passwordResets.unusablePasswordHash(), clock.instant()));
            } catch (DuplicateKeyException raceLost) {
                throw new WorkshopAccountRefused();
            }
        }
        passwordResets.invite(account.id(), account.name());
        return account.customerId();
    }
}
