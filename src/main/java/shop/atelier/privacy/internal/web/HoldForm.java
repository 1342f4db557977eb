package shop.atelier.privacy.internal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import shop.atelier.platform.NoCardNumber;

/**
 * A legal hold to place: on a person (email) or on an order (its id or its number, as typed) — one
 * of the two.
 */
record HoldForm(
        @Email(message = "{privacy.field.email.invalid}")
        @Size(max = 254, message = "{privacy.field.too-long}")
        @Nullable
        String email,

        @Size(max = 100, message = "{privacy.field.too-long}") @Nullable
        String order,

        @NoCardNumber
        @NotBlank(message = "{privacy.hold.reason.required}")
        @Size(max = 1000, message = "{privacy.field.too-long}")
        String reason,

        @NoCardNumber
        @NotBlank(message = "{privacy.hold.reference.required}")
        @Size(max = 200, message = "{privacy.field.too-long}")
        String reference) {

    static HoldForm empty() {
        return new HoldForm("", "", "", "");
    }

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    boolean hasOrder() {
        return order != null && !order.isBlank();
    }
}
