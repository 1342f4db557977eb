package shop.atelier.privacy.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import shop.atelier.platform.NoCardNumber;

/**
 * A draft of the privacy policy as a privacy officer types it: its label (the date it takes effect,
 * or any short name), what changed, whether the change is material, and the prose.
 */
record PolicyForm(
        @NotBlank(message = "{privacy.policy.label.required}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}", message = "{privacy.policy.label.invalid}")
        @Nullable
        String label,

        @NoCardNumber
        @NotBlank(message = "{privacy.policy.summary.required}")
        @Size(max = 2000, message = "{privacy.field.too-long}")
        @Nullable
        String summary,

        @Nullable Boolean material,

        @NoCardNumber
        @NotBlank(message = "{privacy.policy.body.required}")
        @Size(max = 100000, message = "{privacy.field.too-long}")
        @Nullable
        String body) {

    /** An unticked checkbox sends nothing: not material. */
    boolean materialChange() {
        return Boolean.TRUE.equals(material);
    }
}
