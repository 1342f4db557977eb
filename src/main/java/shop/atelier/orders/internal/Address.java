package shop.atelier.orders.internal;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A postal address as an order keeps it.
 *
 * @param country ISO 3166-1 alpha-2 code, upper case
 */
public record Address(
        String name, String line1, @Nullable String line2, String postalCode, String city, String country) {

    public Address {
        name = Objects.requireNonNull(name, "name").strip();
        line1 = Objects.requireNonNull(line1, "line1").strip();
        line2 = line2 == null || line2.isBlank() ? null : line2.strip();
        postalCode = Objects.requireNonNull(postalCode, "postalCode").strip();
        city = Objects.requireNonNull(city, "city").strip();
        country = Objects.requireNonNull(country, "country").strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Country must be an ISO 3166-1 alpha-2 code: " + country);
        }
    }
}
