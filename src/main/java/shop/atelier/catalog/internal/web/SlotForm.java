package shop.atelier.catalog.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.internal.CharacterRule;
import shop.atelier.catalog.internal.PersonalizationSlot;

/** The staff form for a personalization slot; a text slot needs a maximum length. */
record SlotForm(
        @NotBlank(message = "{catalog.staff.slot.key.invalid}")
        @Pattern(regexp = "[a-z][a-z0-9_-]{0,39}", message = "{catalog.staff.slot.key.invalid}")
        @Nullable
        String key,

        @NotBlank(message = "{catalog.staff.slot.label.required}")
        @Size(max = PersonalizationSlot.LABEL_MAX, message = "{catalog.staff.slot.label.size}")
        @Nullable
        String label,

        @Size(max = PersonalizationSlot.HINT_MAX, message = "{catalog.staff.slot.hint.size}") @Nullable
        String hint,

        @NotNull(message = "{catalog.staff.slot.type.required}") @Nullable
        SlotType type,

        @Nullable Boolean required,

        @Pattern(regexp = ProductForm.WHOLE_NUMBER, message = "{catalog.staff.slot.max-length.range}") @Nullable
        String maxLength,

        @Nullable CharacterRule characters) {

    static SlotForm blank() {
        return new SlotForm("", "", "", SlotType.TEXT, true, "30", CharacterRule.BASIC);
    }

    static SlotForm of(PersonalizationSlot slot) {
        return new SlotForm(
                slot.key(),
                slot.label(),
                slot.hint(),
                slot.type(),
                slot.required(),
                slot.maxLength() == null ? "" : String.valueOf(slot.maxLength()),
                slot.characters());
    }

    @Nullable
    Integer length() {
        return ProductForm.number(maxLength);
    }

    PersonalizationSlot toSlot() {
        return new PersonalizationSlot(
                key == null ? "" : key,
                label == null ? "" : label,
                hint,
                type == null ? SlotType.TEXT : type,
                Boolean.TRUE.equals(required),
                type == SlotType.TEXT ? length() : null,
                characters == null ? CharacterRule.BASIC : characters);
    }
}
