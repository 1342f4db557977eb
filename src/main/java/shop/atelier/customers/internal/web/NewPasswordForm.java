package shop.atelier.customers.internal.web;

import jakarta.validation.constraints.NotBlank;

/** A new password, typed twice so a typo does not lock the person out. */
record NewPasswordForm(
        @NotBlank(message = "{customers.password.required}") String password,

        @NotBlank(message = "{customers.password.confirmation.required}")
        String confirmation) {

    NewPasswordForm {
        password = FormText.password(password);
        confirmation = FormText.password(confirmation);
    }

    static NewPasswordForm empty() {
        return new NewPasswordForm("", "");
    }
}
