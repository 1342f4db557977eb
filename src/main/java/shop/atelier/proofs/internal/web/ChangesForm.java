package shop.atelier.proofs.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import shop.atelier.platform.NoCardNumber;
import shop.atelier.proofs.internal.ProofService;

/**
 * The customer asks for changes to the preview of round {@code round} (the round the page showed,
 * so an answer never lands on a newer preview the customer has not seen).
 */
record ChangesForm(
        @NotBlank(message = "{proofs.customer.comment.required}")
        @Size(max = ProofService.MAX_COMMENT_LENGTH, message = "{proofs.customer.comment.too-long}")
        @NoCardNumber
        @Nullable
        String comment,

        @NotNull @Nullable Integer round) {

    ChangesForm {
        comment = comment == null ? null : comment.strip();
    }
}
