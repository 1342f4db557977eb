package shop.atelier.customers;

import org.jspecify.annotations.Nullable;

/**
 * An address from a customer's address book.
 *
 * @param country ISO 3166-1 alpha-2 code
 */
public record PostalAddress(
        String name,
        String line1,
        @Nullable String line2,
        String postalCode,
        String city,
        String country,
        @Nullable String phone) {}
