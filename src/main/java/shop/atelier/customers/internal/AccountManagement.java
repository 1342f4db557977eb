package shop.atelier.customers.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.CustomerRegistered;
import shop.atelier.customers.PostalAddress;
import shop.atelier.platform.NotFoundException;

/**
 * What a person does with their own account: open it, correct their contact data (promise G2) and
 * keep an address book. Every method names the account by its sign-in email, as the web layer
 * knows it from the signed-in principal.
 */
@Service
@Transactional
public class AccountManagement {

    /** Enough for home, work and a few gift recipients; bounds what one account can store. */
    static final int MAX_ADDRESSES = 20;

    private final Accounts accounts;
    private final Addresses addresses;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountManagement(
            Accounts accounts,
            Addresses addresses,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.addresses = addresses;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a customer account and announces it with {@link CustomerRegistered}.
     *
     * @throws EmailAlreadyRegistered if the email (in any spelling) has an account
     * @throws PasswordRefused if the password breaks the {@link PasswordPolicy}
     */
    public CustomerProfile register(String name, String email, @Nullable String phone, String password) {
        var normalized = Emails.normalize(email);
        var problem = PasswordPolicy.check(password, normalized);
        if (problem.isPresent()) {
            throw new PasswordRefused(problem.get());
        }
        if (accounts.existsByEmail(normalized)) {
            throw new EmailAlreadyRegistered();
        }
        var account = Account.customer(name, normalized, phone, passwordEncoder.encode(password), clock.instant());
        try {
            accounts.save(account);
        } catch (DuplicateKeyException raceLost) {
            throw new EmailAlreadyRegistered();
        }
        events.publishEvent(new CustomerRegistered(account.customerId()));
        return account.profile();
    }

    @Transactional(readOnly = true)
    public CustomerProfile profile(String email) {
        return account(email).profile();
    }

    /**
     * Corrects name, email and phone. A new email is the new sign-in name, so it needs the current
     * password: whoever finds an unlocked screen must not be able to take the account over.
     *
     * @throws CurrentPasswordWrong if the email changes and the password does not match
     * @throws EmailAlreadyRegistered if the new email belongs to another account
     */
    public CustomerProfile correctContact(
            String signedInEmail,
            String name,
            String newEmail,
            @Nullable String phone,
            @Nullable String currentPassword) {
        var account = account(signedInEmail);
        var normalized = Emails.normalize(newEmail);
        if (!normalized.equals(account.email())) {
            if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
                throw new CurrentPasswordWrong();
            }
            if (accounts.existsByEmail(normalized)) {
                throw new EmailAlreadyRegistered();
            }
        }
        account.correctContact(name, normalized, phone);
        try {
            accounts.save(account);
        } catch (DuplicateKeyException raceLost) {
            throw new EmailAlreadyRegistered();
        }
        return account.profile();
    }

    @Transactional(readOnly = true)
    public List<SavedAddress> addressBook(String signedInEmail) {
        return addresses.book(account(signedInEmail).id()).stream()
                .map(SavedAddress::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public SavedAddress address(String signedInEmail, UUID addressId) {
        return SavedAddress.of(ownAddress(signedInEmail, addressId));
    }

    /** Adds an address; the first one becomes the default. */
    public SavedAddress addAddress(String signedInEmail, PostalAddress address) {
        var account = account(signedInEmail);
        var count = addresses.countByAccountId(account.id());
        if (count >= MAX_ADDRESSES) {
            throw new AddressBookFull(MAX_ADDRESSES);
        }
        return SavedAddress.of(addresses.save(Address.of(account.id(), address, count == 0, clock.instant())));
    }

    public SavedAddress changeAddress(String signedInEmail, UUID addressId, PostalAddress address) {
        var saved = ownAddress(signedInEmail, addressId);
        saved.change(address);
        return SavedAddress.of(addresses.save(saved));
    }

    /** Deletes an address; if it was the default, the oldest remaining one takes its place. */
    public void deleteAddress(String signedInEmail, UUID addressId) {
        var address = ownAddress(signedInEmail, addressId);
        addresses.delete(address);
        if (address.isDefault()) {
            addresses.book(address.accountId()).stream().findFirst().ifPresent(next -> {
                next.markDefault(true);
                addresses.save(next);
            });
        }
    }

    public void makeDefault(String signedInEmail, UUID addressId) {
        var chosen = ownAddress(signedInEmail, addressId);
        // The unique index allows one default per account, so the old default is cleared first.
        for (var address : addresses.book(chosen.accountId())) {
            if (address.isDefault() && !address.id().equals(addressId)) {
                address.markDefault(false);
                addresses.save(address);
            }
        }
        if (!chosen.isDefault()) {
            chosen.markDefault(true);
            addresses.save(chosen);
        }
    }

    private Account account(String email) {
        return accounts.findByEmail(Emails.normalize(email))
                .orElseThrow(() -> new NotFoundException("No such account"));
    }

    /** Another account's address is answered exactly like one that does not exist. */
    private Address ownAddress(String signedInEmail, UUID addressId) {
        return addresses
                .findByIdAndAccountId(addressId, account(signedInEmail).id())
                .orElseThrow(() -> new NotFoundException("No such address"));
    }
}
