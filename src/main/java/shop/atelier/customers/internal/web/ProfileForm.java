package shop.atelier.customers.internal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.platform.NoCardNumber;

/** Correcting one's contact data (promise G2); a new email needs the current password. */
record ProfileForm(
        @NotBlank(message = "{customers.field.name.required}")
        @Size(max = 200, message = "{customers.field.name.size}")
        @NoCardNumber
        String name,

        @NotBlank(message = "{customers.field.email.required}")
        @Email(regexp = Patterns.EMAIL, message = "{customers.field.email.invalid}")
        @Size(max = 254, message = "{customers.field.email.invalid}")
        String email,

        @Nullable @Pattern(regexp = Patterns.PHONE, message = "{customers.field.phone.invalid}")
        String phone,

        @Nullable String currentPassword) {

    ProfileForm {
        name = FormText.required(name);
        email = FormText.required(email);
        phone = FormText.optional(phone);
        currentPassword = currentPassword == null || currentPassword.isEmpty() ? null : currentPassword;
    }

    static ProfileForm of(CustomerProfile profile) {
        return new ProfileForm(profile.name(), profile.email(), profile.phone(), null);
    }
}
