package shop.atelier.rights.internal.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.platform.NoCardNumber;
import shop.atelier.rights.internal.RequestType;

/** The rights module's form records. */
final class Forms {

    private Forms() {}

    /** The public form: an address and what the person asks for. */
    record GuestRequestForm(
            @NotBlank @Email @Size(max = 320) @Nullable String email,
            @NotNull @Nullable RequestType type,
            @Size(max = 4000) @NoCardNumber @Nullable String details) {

        static GuestRequestForm empty() {
            return new GuestRequestForm(null, null, null);
        }
    }

    /** Erasure from the account: the password again and an explicit confirmation. */
    record ErasureForm(
            @NotBlank @Size(max = 1000) @Nullable String password,
            @AssertTrue boolean confirm) {

        static ErasureForm empty() {
            return new ErasureForm(null, false);
        }
    }

    /** What should be corrected (what self-service cannot correct). */
    record CorrectionForm(
            @NotBlank @Size(max = 4000) @NoCardNumber @Nullable
            String details) {

        static CorrectionForm empty() {
            return new CorrectionForm(null);
        }
    }

    /** A request that reached the privacy contact by email. */
    record LogForm(
            @NotBlank @Email @Size(max = 320) @Nullable String email,
            @NotNull @Nullable RequestType type,
            @Size(max = 4000) @NoCardNumber @Nullable String details) {

        static LogForm empty() {
            return new LogForm(null, null, null);
        }
    }

    /** A staff note: how the identity was verified, what was corrected, why a request is refused. */
    record NoteForm(
            @NotBlank @Size(max = 4000) @NoCardNumber @Nullable
            String text) {}

    /** The open request a duplicate joins. */
    record MergeForm(@NotNull @Nullable UUID into) {}
}
