package shop.atelier.customers.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import shop.atelier.customers.PostalAddress;
import shop.atelier.platform.NoCardNumber;

/** An address-book entry: what a parcel label needs, and a phone for the carrier if wanted. */
record AddressForm(
        @NotBlank(message = "{customers.address.name.required}")
        @Size(max = 200, message = "{customers.field.name.size}")
        @NoCardNumber
        String name,

        @NotBlank(message = "{customers.address.line1.required}")
        @Size(max = 200, message = "{customers.address.line.size}")
        @NoCardNumber
        String line1,

        @Nullable @Size(max = 200, message = "{customers.address.line.size}") @NoCardNumber
        String line2,

        @NotBlank(message = "{customers.address.postal-code.required}")
        @Pattern(regexp = Patterns.POSTAL_CODE, message = "{customers.address.postal-code.invalid}")
        String postalCode,

        @NotBlank(message = "{customers.address.city.required}")
        @Size(max = 100, message = "{customers.address.city.size}")
        @NoCardNumber
        String city,

        @NotBlank(message = "{customers.address.country.required}")
        @Pattern(regexp = "^$|" + Countries.PATTERN, message = "{customers.address.country.invalid}")
        String country,

        @Nullable @Pattern(regexp = Patterns.PHONE, message = "{customers.field.phone.invalid}")
        String phone) {

    AddressForm {
        name = FormText.required(name);
        line1 = FormText.required(line1);
        line2 = FormText.optional(line2);
        postalCode = FormText.required(postalCode).toUpperCase(Locale.ROOT);
        city = FormText.required(city);
        country = FormText.required(country).toUpperCase(Locale.ROOT);
        phone = FormText.optional(phone);
    }

    static AddressForm empty(String name) {
        return new AddressForm(name, "", null, "", "", "", null);
    }

    static AddressForm of(PostalAddress address) {
        return new AddressForm(
                address.name(),
                address.line1(),
                address.line2(),
                address.postalCode(),
                address.city(),
                address.country(),
                address.phone());
    }

    PostalAddress toPostalAddress() {
        return new PostalAddress(name, line1, line2, postalCode, city, country, phone);
    }
}
