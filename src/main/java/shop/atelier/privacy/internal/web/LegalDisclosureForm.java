package shop.atelier.privacy.internal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import shop.atelier.platform.NoCardNumber;
import shop.atelier.privacy.spi.LegalBasis;

/**
 * A legal disclosure as the privacy officer types it: which authority, on which order or court
 * reference, approved by whom, what was handed over, whose data (email and/or order number, stored
 * as typed), and when.
 */
record LegalDisclosureForm(
        @NoCardNumber
        @NotBlank(message = "{privacy.legal.authority.required}")
        @Size(max = 200, message = "{privacy.field.too-long}")
        String authority,

        @NoCardNumber
        @NotBlank(message = "{privacy.legal.reference.required}")
        @Size(max = 200, message = "{privacy.field.too-long}")
        String reference,

        @NotBlank(message = "{privacy.legal.approver.required}") @Size(max = 200, message = "{privacy.field.too-long}")
        String approver,

        @NoCardNumber
        @NotBlank(message = "{privacy.legal.purpose.required}")
        @Size(max = 500, message = "{privacy.field.too-long}")
        String purpose,

        @NotNull(message = "{privacy.legal.basis.required}") @Nullable
        LegalBasis legalBasis,

        @NotEmpty(message = "{privacy.legal.categories.required}") @Nullable
        List<String> categories,

        @Email(message = "{privacy.field.email.invalid}")
        @Size(max = 254, message = "{privacy.field.too-long}")
        @Nullable
        String email,

        @Size(max = 100, message = "{privacy.field.too-long}") @Nullable
        String orderNumber,

        @NotNull(message = "{privacy.legal.date.required}")
        @PastOrPresent(message = "{privacy.legal.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable
        LocalDate handedOverOn) {

    static LegalDisclosureForm empty() {
        return new LegalDisclosureForm("", "", "", "", LegalBasis.LEGAL_OBLIGATION, List.of(), "", "", null);
    }

    boolean namesSomeone() {
        return (email != null && !email.isBlank()) || (orderNumber != null && !orderNumber.isBlank());
    }
}
