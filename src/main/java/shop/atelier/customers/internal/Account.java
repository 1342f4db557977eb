package shop.atelier.customers.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.platform.Roles;

/**
 * A person who signs in: a customer, or a member of staff. The email is the sign-in name and is
 * kept in one normalized spelling (trimmed, lower-case), so {@code Anna@Example.com} and {@code
 * anna@example.com} are the same account.
 */
@Table("accounts")
class Account {

    @Id
    private final UUID id;

    private String email;
    private String name;
    private @Nullable String phone;
    private String passwordHash;
    private final Set<String> roles;
    private boolean enabled;
    private final Instant createdAt;

    @Version
    private @Nullable Long version;

    @PersistenceCreator
    Account(
            UUID id,
            String email,
            String name,
            @Nullable String phone,
            String passwordHash,
            Set<String> roles,
            boolean enabled,
            Instant createdAt,
            @Nullable Long version) {
        this.id = id;
        this.email = email;
        this.name = name;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Account customer(String name, String email, @Nullable String phone, String passwordHash, Instant now) {
        return new Account(
                UUID.randomUUID(),
                Emails.normalize(email),
                name.strip(),
                phone,
                passwordHash,
                Set.of(Roles.CUSTOMER),
                true,
                now,
                null);
    }

    /**
     * A craftsman's account: role WORKSHOP only, with a hash of a password nobody knows, so the
     * account cannot be signed into before its owner chose a password through the emailed link.
     */
    static Account workshopUser(String name, String email, String unusablePasswordHash, Instant now) {
        return new Account(
                UUID.randomUUID(),
                Emails.normalize(email),
                name.strip(),
                null,
                unusablePasswordHash,
                Set.of(Roles.WORKSHOP),
                true,
                now,
                null);
    }

    /** Whether the account is a craftsman's and nothing else. */
    boolean isWorkshopOnly() {
        return roles.equals(Set.of(Roles.WORKSHOP));
    }

    /** Corrects the contact data (promise G2); a new email must already be checked to be free. */
    void correctContact(String name, String email, @Nullable String phone) {
        this.name = name.strip();
        this.email = Emails.normalize(email);
        this.phone = phone;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    boolean isCustomer() {
        return roles.contains(Roles.CUSTOMER);
    }

    /** Staff accounts belong to the shop's team and are managed by an administrator, not erased on request. */
    boolean isStaff() {
        return roles.stream().anyMatch(role -> !Roles.CUSTOMER.equals(role));
    }

    UUID id() {
        return id;
    }

    CustomerId customerId() {
        return new CustomerId(id);
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }

    @Nullable
    String phone() {
        return phone;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<String> roles() {
        return roles;
    }

    boolean enabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    CustomerProfile profile() {
        return new CustomerProfile(customerId(), name, email, phone);
    }
}
