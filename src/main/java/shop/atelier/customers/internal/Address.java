package shop.atelier.customers.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import shop.atelier.customers.PostalAddress;

/** One entry of an account's address book. */
@Table("account_addresses")
class Address {

    @Id
    private final UUID id;

    private final UUID accountId;
    private String name;
    private String line1;
    private @Nullable String line2;
    private String postalCode;
    private String city;
    private String country;
    private @Nullable String phone;

    @Column("is_default")
    private boolean defaultAddress;

    private final Instant createdAt;

    @Version
    private @Nullable Long version;

    @PersistenceCreator
    Address(
            UUID id,
            UUID accountId,
            String name,
            String line1,
            @Nullable String line2,
            String postalCode,
            String city,
            String country,
            @Nullable String phone,
            boolean defaultAddress,
            Instant createdAt,
            @Nullable Long version) {
        this.id = id;
        this.accountId = accountId;
        this.name = name;
        this.line1 = line1;
        this.line2 = line2;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
        this.phone = phone;
        this.defaultAddress = defaultAddress;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Address of(UUID accountId, PostalAddress address, boolean defaultAddress, Instant now) {
        var created =
                new Address(UUID.randomUUID(), accountId, "", "", null, "", "", "", null, defaultAddress, now, null);
        created.change(address);
        return created;
    }

    void change(PostalAddress address) {
        this.name = address.name();
        this.line1 = address.line1();
        this.line2 = address.line2();
        this.postalCode = address.postalCode();
        this.city = address.city();
        this.country = address.country();
        this.phone = address.phone();
    }

    void markDefault(boolean isDefault) {
        this.defaultAddress = isDefault;
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    boolean isDefault() {
        return defaultAddress;
    }

    Instant createdAt() {
        return createdAt;
    }

    PostalAddress postalAddress() {
        return new PostalAddress(name, line1, line2, postalCode, city, country, phone);
    }
}
