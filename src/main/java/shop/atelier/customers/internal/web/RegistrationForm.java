package shop.atelier.customers.internal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import shop.atelier.platform.NoCardNumber;

/** Opening an account asks only for what an order needs (promise C1); the phone is optional. */
record RegistrationForm(
        @NotBlank(message = "{customers.field.name.required}")
        @Size(max = 200, message = "{customers.field.name.size}")
        @NoCardNumber
        String name,

        @NotBlank(message = "{customers.field.email.required}")
        @Email(regexp = Patterns.EMAIL, message = "{customers.field.email.invalid}")
        @Size(max = 254, message = "{customers.field.email.invalid}")
        String email,

        @NotBlank(message = "{customers.password.required}") String password,

        @Nullable @Pattern(regexp = Patterns.PHONE, message = "{customers.field.phone.invalid}")
        String phone) {

    RegistrationForm {
        name = FormText.required(name);
        email = FormText.required(email);
        password = FormText.password(password);
        phone = FormText.optional(phone);
    }

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", null);
    }
}
