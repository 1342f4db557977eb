package shop.atelier.customers.internal;

import java.util.UUID;
import shop.atelier.customers.PostalAddress;

/** An address-book entry as the account pages show it: the address, its id for editing, whether it is the default. */
public record SavedAddress(UUID id, PostalAddress address, boolean isDefault) {

    static SavedAddress of(Address address) {
        return new SavedAddress(address.id(), address.postalAddress(), address.isDefault());
    }
}
