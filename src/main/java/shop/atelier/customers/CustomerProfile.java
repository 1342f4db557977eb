package shop.atelier.customers;

import org.jspecify.annotations.Nullable;

/** A customer's contact data as other modules may read it. */
public record CustomerProfile(
        CustomerId id, String name, String email, @Nullable String phone) {}
