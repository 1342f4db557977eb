package shop.atelier.customers.internal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordResetRequestForm(
        @NotBlank(message = "{customers.field.email.required}")
        @Email(regexp = Patterns.EMAIL, message = "{customers.field.email.invalid}")
        @Size(max = 254, message = "{customers.field.email.invalid}")
        String email) {

    PasswordResetRequestForm {
        email = FormText.required(email);
    }
}
