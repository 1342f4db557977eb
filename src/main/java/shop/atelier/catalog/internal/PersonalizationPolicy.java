package shop.atelier.catalog.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.PersonalizationCheck;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.SlotViolation;
import shop.atelier.platform.PaymentCardNumbers;

/**
 * Decides whether a customer's personalization fits a product's slots, and normalizes what it
 * accepts: values are NFC-normalized, every Unicode space becomes a plain space, surrounding
 * whitespace is stripped, and empty optional slots are dropped. Lengths count Unicode code points,
 * so "é" is one character however it was typed.
 *
 * <p>Violation arguments: {@code required} – label; {@code too-long} – label, maximum;
 * {@code characters} – label, the refused characters; {@code unknown} – the key sent; {@code
 * card-number} – label (a payment card number is never stored, promise C2).
 */
public final class PersonalizationPolicy {

    public static final String REQUIRED = "personalization.required";
    public static final String TOO_LONG = "personalization.too-long";
    public static final String CHARACTERS = "personalization.characters";
    public static final String UNKNOWN = "personalization.unknown";
    public static final String CARD_NUMBER = "personalization.card-number";

    /**
     * Upload slots (photo, video, text file) hold a reference to the uploaded material, never the
     * material itself: a text file's content is not checked here like a typed text.
     */
    public static final int REFERENCE_MAX_LENGTH = 200;

    private static final int SHOWN_KEY_MAX = 40;

    public PersonalizationCheck check(List<PersonalizationSlot> slots, Map<String, ? extends @Nullable String> values) {
        var accepted = new ArrayList<PersonalizationValue>();
        var violations = new ArrayList<SlotViolation>();
        for (var slot : slots) {
            var raw = values.get(slot.key());
            var value = raw == null ? "" : normalize(raw);
            if (value.isEmpty()) {
                if (slot.required()) {
                    violations.add(violation(slot.key(), REQUIRED, List.of(slot.label()), "%s is required."));
                }
                continue;
            }
            var violation = switch (slot.type()) {
                case TEXT -> checkText(slot, value);
                case PHOTO, VIDEO, TEXT_FILE -> checkReference(slot, value);
            };
            if (violation == null) {
                accepted.add(new PersonalizationValue(slot.key(), slot.label(), slot.type(), value));
            } else {
                violations.add(violation);
            }
        }
        var known = slots.stream().map(PersonalizationSlot::key).collect(Collectors.toSet());
        values.keySet().stream()
                .filter(key -> !known.contains(key))
                .map(PersonalizationPolicy::shown)
                .forEach(key -> violations.add(
                        violation(key, UNKNOWN, List.of(key), "This product has no personalization called \"%s\".")));
        return new PersonalizationCheck(accepted, violations);
    }

    /** NFC, plain spaces, no surrounding whitespace. */
    public static String normalize(String raw) {
        var nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        var plain = new StringBuilder(nfc.length());
        nfc.codePoints()
                .map(cp -> Character.getType(cp) == Character.SPACE_SEPARATOR ? ' ' : cp)
                .forEach(plain::appendCodePoint);
        return plain.toString().strip();
    }

    private static @Nullable SlotViolation checkText(PersonalizationSlot slot, String value) {
        int max = slot.maxLength() == null ? PersonalizationSlot.TEXT_MAX : slot.maxLength();
        if (value.codePointCount(0, value.length()) > max) {
            return violation(slot.key(), TOO_LONG, List.of(slot.label(), max), "%s can have at most %d characters.");
        }
        if (PaymentCardNumbers.containsCardNumber(value)) {
            return violation(
                    slot.key(),
                    CARD_NUMBER,
                    List.of(slot.label()),
                    "%s looks like a payment card number; card details are never entered here.");
        }
        return refusedCharacters(slot, value, slot.characters());
    }

    private static @Nullable SlotViolation checkReference(PersonalizationSlot slot, String value) {
        if (value.length() > REFERENCE_MAX_LENGTH) {
            return violation(
                    slot.key(),
                    TOO_LONG,
                    List.of(slot.label(), REFERENCE_MAX_LENGTH),
                    "%s can have at most %d characters.");
        }
        return refusedCharacters(slot, value, CharacterRule.BASIC);
    }

    private static @Nullable SlotViolation refusedCharacters(
            PersonalizationSlot slot, String value, CharacterRule rule) {
        var refused = new LinkedHashSet<String>();
        value.codePoints().filter(cp -> !rule.allows(cp)).forEach(cp -> refused.add(display(cp)));
        if (refused.isEmpty()) {
            return null;
        }
        var shown = String.join(" ", refused);
        return violation(
                slot.key(), CHARACTERS, List.of(slot.label(), shown), "%s contains characters that cannot be used: %s");
    }

    /** Invisible characters are shown by their code, the rest as themselves. */
    private static String display(int codePoint) {
        return CharacterRule.isInvisible(codePoint)
                ? String.format(Locale.ROOT, "U+%04X", codePoint)
                : Character.toString(codePoint);
    }

    private static String shown(String key) {
        var clean = key.codePoints()
                .filter(cp -> !Character.isISOControl(cp))
                .limit(SHOWN_KEY_MAX)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return clean;
    }

    private static SlotViolation violation(String key, String code, List<Object> arguments, String format) {
        return new SlotViolation(key, code, arguments, String.format(Locale.ROOT, format, arguments.toArray()));
    }
}
