package shop.atelier.production.internal.web.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why the workshop cannot make the job. */
record RejectForm(@Nullable @NotBlank @Size(max = 1000) String reason) {}
