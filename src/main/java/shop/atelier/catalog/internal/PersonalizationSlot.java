package shop.atelier.catalog.internal;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.PrintSpec;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.SlotSpec;
import shop.atelier.catalog.SlotType;

/**
 * Something a customer fills in to personalize a product: a text typed in, or a photo, video or text
 * file uploaded (the slot's value is then an opaque reference to the uploaded material).
 *
 * @param key stable key, used in form field names ({@code personalization[key]}) and order lines
 * @param label what the customer sees, e.g. "Engraving"
 * @param hint optional help shown under the field
 * @param maxLength for text slots, the most characters (Unicode code points) accepted; {@code null}
 *     for upload slots (photo, video, text file)
 * @param characters for text slots, which characters are accepted
 */
public record PersonalizationSlot(
        String key,
        String label,
        @Nullable String hint,
        SlotType type,
        boolean required,
        @Nullable Integer maxLength,
        CharacterRule characters) {

    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    public static final int LABEL_MAX = 80;
    public static final int HINT_MAX = 200;
    public static final int TEXT_MAX = 1000;

    public PersonalizationSlot {
        Objects.requireNonNull(type, "type");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Invalid slot key: " + key);
        }
        if (label == null || label.isBlank() || label.length() > LABEL_MAX) {
            throw new IllegalArgumentException("A slot needs a label of at most " + LABEL_MAX + " characters");
        }
        label = label.strip();
        hint = hint == null || hint.isBlank() ? null : hint.strip();
        if (hint != null && hint.length() > HINT_MAX) {
            throw new IllegalArgumentException("A slot hint has at most " + HINT_MAX + " characters");
        }
        characters = characters == null ? CharacterRule.BASIC : characters;
        if (type == SlotType.TEXT) {
            if (maxLength == null || maxLength < 1 || maxLength > TEXT_MAX) {
                throw new IllegalArgumentException("A text slot needs a maximum length between 1 and " + TEXT_MAX);
            }
        } else {
            maxLength = null;
        }
    }

    public static PersonalizationSlot text(String key, String label, boolean required, int maxLength) {
        return new PersonalizationSlot(key, label, null, SlotType.TEXT, required, maxLength, CharacterRule.BASIC);
    }

    public static PersonalizationSlot photo(String key, String label, boolean required) {
        return new PersonalizationSlot(key, label, null, SlotType.PHOTO, required, null, CharacterRule.BASIC);
    }

    public PersonalizationSlot withHint(@Nullable String hint) {
        return new PersonalizationSlot(key, label, hint, type, required, maxLength, characters);
    }

    public PersonalizationSlot withCharacters(CharacterRule characters) {
        return new PersonalizationSlot(key, label, hint, type, required, maxLength, characters);
    }

    public boolean isText() {
        return type == SlotType.TEXT;
    }

    /**
     * This slot as other modules see it. Only a photo slot carries the product's print spec: videos and
     * text files are not printed as photos, so no resolution applies to them.
     */
    public SlotSpec spec(ProductId product, @Nullable PrintSpec print) {
        return new SlotSpec(product, key, label, type, required, type == SlotType.PHOTO ? print : null);
    }
}
