package shop.atelier.production.internal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The staff forms of the production pages. */
final class Forms {

    private Forms() {}

    record WorkshopForm(
            @Nullable @NotBlank @Size(max = 120) String name,
            @Nullable @Email @Size(max = 254) String contactEmail,
            boolean active) {

        static WorkshopForm empty() {
            return new WorkshopForm(null, null, true);
        }
    }

    record MemberForm(
            @Nullable @NotBlank @Size(max = 200) String name,
            @Nullable @NotBlank @Email @Size(max = 254) String email) {}

    record AssignForm(
            @Nullable @NotNull UUID workshopId,
            @Nullable @NotNull @FutureOrPresent LocalDate dueOn) {}
}
