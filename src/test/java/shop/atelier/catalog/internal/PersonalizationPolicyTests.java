package shop.atelier.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import shop.atelier.catalog.PersonalizationCheck;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.SlotViolation;

class PersonalizationPolicyTests {

    final PersonalizationPolicy policy = new PersonalizationPolicy();

    // The demo frame: a required engraving of 30 characters and an optional photo.
    final List<PersonalizationSlot> frame = List.of(
            PersonalizationSlot.text("engraving", "Engraving", true, 30),
            PersonalizationSlot.photo("photo", "Your photo", false));

    PersonalizationCheck check(List<PersonalizationSlot> slots, Map<String, String> values) {
        return policy.check(slots, values);
    }

    static List<String> codes(PersonalizationCheck check) {
        return check.violations().stream().map(SlotViolation::code).toList();
    }

    @Test
    void acceptsFilledSlotsAndLabelsThemInSlotOrder() {
        var values = new LinkedHashMap<String, String>();
        values.put("photo", "upload-7f3a");
        values.put("engraving", "For Anna, with love");

        var check = check(frame, values);

        assertThat(check.valid()).isTrue();
        assertThat(check.values())
                .containsExactly(
                        new PersonalizationValue("engraving", "Engraving", SlotType.TEXT, "For Anna, with love"),
                        new PersonalizationValue("photo", "Your photo", SlotType.PHOTO, "upload-7f3a"));
    }

    @Test
    void refusesMissingRequiredSlot() {
        var check = check(frame, Map.of());

        assertThat(check.valid()).isFalse();
        assertThat(check.violations()).singleElement().satisfies(v -> {
            assertThat(v.slotKey()).isEqualTo("engraving");
            assertThat(v.code()).isEqualTo("personalization.required");
            assertThat(v.arguments()).containsExactly("Engraving");
            assertThat(v.defaultMessage()).isEqualTo("Engraving is required.");
        });
    }

    @Test
    void refusesAPaymentCardNumberTypedAsEngraving() {
        var check = check(frame, Map.of("engraving", "4111 1111 1111 1111"));

        assertThat(codes(check)).containsExactly("personalization.card-number");
        assertThat(check.values()).isEmpty();
        assertThat(check(frame, Map.of("engraving", "Anna 2026-11-27")).valid()).isTrue();
    }

    @Test
    void blankCountsAsMissing() {
        assertThat(codes(check(frame, Map.of("engraving", "  \t  ")))).containsExactly("personalization.required");
    }

    @Test
    void requiredPhotoWithEmptyReferenceIsMissing() {
        var slots = List.of(PersonalizationSlot.photo("photo", "Your photo", true));

        assertThat(codes(check(slots, Map.of("photo", "")))).containsExactly("personalization.required");
        assertThat(check(slots, Map.of("photo", "upload-1")).valid()).isTrue();
    }

    @Test
    void dropsEmptyOptionalSlots() {
        var check = check(frame, Map.of("engraving", "Hello", "photo", "   "));

        assertThat(check.valid()).isTrue();
        assertThat(check.values()).extracting(PersonalizationValue::slotKey).containsExactly("engraving");
    }

    @Test
    void refusesTextLongerThanTheMaximum() {
        var check = check(frame, Map.of("engraving", "x".repeat(31)));

        assertThat(check.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("personalization.too-long");
            assertThat(v.arguments()).containsExactly("Engraving", 30);
            assertThat(v.defaultMessage()).isEqualTo("Engraving can have at most 30 characters.");
        });
        assertThat(check.values()).isEmpty();
    }

    @Test
    void acceptsTextOfExactlyTheMaximum() {
        assertThat(check(frame, Map.of("engraving", "x".repeat(30))).valid()).isTrue();
    }

    @Test
    void trimsBeforeMeasuring() {
        var check = check(frame, Map.of("engraving", "   " + "x".repeat(30) + "\n "));

        assertThat(check.valid()).isTrue();
        assertThat(check.values().getFirst().value()).isEqualTo("x".repeat(30));
    }

    @Test
    void normalizesToNfcSoCombiningAccentsCountOnce() {
        var decomposed = "Rene\u0301e"; // "Renée" typed with a combining accent
        var slots = List.of(PersonalizationSlot.text("name", "Name", true, 5));

        var check = check(slots, Map.of("name", decomposed));

        assertThat(check.valid()).isTrue();
        assertThat(check.values().getFirst().value()).isEqualTo("Ren\u00e9e").hasSize(5);
    }

    @Test
    void turnsUnicodeSpacesIntoPlainSpaces() {
        var check = check(frame, Map.of("engraving", "Anna\u00a0&\u2009Ben"));

        assertThat(check.values().getFirst().value()).isEqualTo("Anna & Ben");
    }

    @Test
    void acceptsLettersOfAnyScriptAndBasicPunctuation() {
        for (var text : List.of("Für Jürgen & Zoë!", "Ελένη", "Алиса, 2024", "和子へ", "O'Brien – \"Love\"", "Merci…")) {
            assertThat(check(frame, Map.of("engraving", text)).valid()).as(text).isTrue();
        }
    }

    @Test
    void refusesAngleBracketsAndNamesThem() {
        var check = check(frame, Map.of("engraving", "<b>Hi</b>"));

        assertThat(check.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("personalization.characters");
            assertThat(v.arguments()).containsExactly("Engraving", "< >");
        });
    }

    @Test
    void refusesControlCharactersAndShowsThemByCode() {
        var check = check(frame, Map.of("engraving", "Line\u0007one\u0000"));

        assertThat(check.violations().getFirst().code()).isEqualTo("personalization.characters");
        assertThat(check.violations().getFirst().arguments()).containsExactly("Engraving", "U+0007 U+0000");
    }

    @Test
    void refusesInnerLineBreaks() {
        assertThat(codes(check(frame, Map.of("engraving", "two\nlines"))))
                .containsExactly("personalization.characters");
    }

    @Test
    void refusesEmojiUnlessTheSlotAllowsThem() {
        var basic = check(frame, Map.of("engraving", "Love you \uD83D\uDE00"));
        assertThat(codes(basic)).containsExactly("personalization.characters");

        var extended = List.of(
                PersonalizationSlot.text("message", "Message", true, 30).withCharacters(CharacterRule.EXTENDED));
        var family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // 👨‍👩‍👧 joined with ZWJ
        assertThat(check(extended, Map.of("message", "Love you \uD83D\uDE00 " + family))
                        .valid())
                .isTrue();
        assertThat(codes(check(extended, Map.of("message", "<script>")))).containsExactly("personalization.characters");
    }

    @Test
    void lettersAndDigitsRuleRefusesPunctuation() {
        var initials = List.of(new PersonalizationSlot(
                "initials", "Initials", null, SlotType.TEXT, true, 3, CharacterRule.LETTERS_AND_DIGITS));

        assertThat(check(initials, Map.of("initials", "ABC")).valid()).isTrue();
        assertThat(check(initials, Map.of("initials", "É Ø")).valid()).isTrue();
        assertThat(codes(check(initials, Map.of("initials", "A.B")))).containsExactly("personalization.characters");
    }

    @Test
    void refusesUnknownSlotKeys() {
        var values = new HashMap<String, String>();
        values.put("engraving", "Hello");
        values.put("price", "0.01");

        var check = check(frame, values);

        assertThat(check.violations()).singleElement().satisfies(v -> {
            assertThat(v.slotKey()).isEqualTo("price");
            assertThat(v.code()).isEqualTo("personalization.unknown");
            assertThat(v.arguments()).containsExactly("price");
        });
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var slots = List.of(
                PersonalizationSlot.text("a", "A", true, 5),
                PersonalizationSlot.text("b", "B", true, 5),
                PersonalizationSlot.text("c", "C", false, 5));

        var check = check(slots, Map.of("b", "toolong", "c", "<>", "zzz", "x"));

        assertThat(codes(check))
                .containsExactly(
                        "personalization.required",
                        "personalization.too-long",
                        "personalization.characters",
                        "personalization.unknown");
    }

    @Test
    void boundsPhotoReferences() {
        var slots = List.of(PersonalizationSlot.photo("photo", "Photo", false));

        assertThat(codes(check(slots, Map.of("photo", "r".repeat(201))))).containsExactly("personalization.too-long");
        assertThat(codes(check(slots, Map.of("photo", "<img>")))).containsExactly("personalization.characters");
    }

    @Test
    void aTextFileSlotHoldsAReferenceLikeAPhotoNotATypedText() {
        var letter = new PersonalizationSlot(
                "letter", "Your letter", null, SlotType.TEXT_FILE, true, null, CharacterRule.LETTERS_AND_DIGITS);
        var reference = "upload-" + "0123456789abcdef".repeat(4);

        // longer than a text rule would take and with a hyphen the slot's own rule refuses: a reference
        var check = check(List.of(letter), Map.of("letter", " " + reference + " "));
        assertThat(check.values())
                .containsExactly(new PersonalizationValue("letter", "Your letter", SlotType.TEXT_FILE, reference));
        assertThat(letter.maxLength()).isNull();

        assertThat(codes(check(List.of(letter), Map.of()))).containsExactly("personalization.required");
        assertThat(codes(check(List.of(letter), Map.of("letter", "r".repeat(201)))))
                .containsExactly("personalization.too-long");
        assertThat(codes(check(List.of(letter), Map.of("letter", "<script>"))))
                .containsExactly("personalization.characters");
    }

    @Test
    void noSlotsAcceptNoValues() {
        assertThat(check(List.of(), Map.of()).valid()).isTrue();
        assertThat(codes(check(List.of(), Map.of("engraving", "x")))).containsExactly("personalization.unknown");
    }

    @Provide
    Arbitrary<String> allowedText() {
        return Arbitraries.strings()
                .withChars("abcxyzABCXYZäöüßéñ0123456789 .,!?'&-")
                .ofMinLength(0)
                .ofMaxLength(80);
    }

    @Property
    void anyTextLongerThanTheMaximumIsRefused(
            @ForAll("allowedText") String text, @ForAll @IntRange(min = 1, max = 40) int max) {
        var slots = List.of(PersonalizationSlot.text("t", "T", false, max));
        var normalized = PersonalizationPolicy.normalize(text);

        var check = check(slots, Map.of("t", text));

        if (normalized.codePointCount(0, normalized.length()) > max) {
            assertThat(codes(check)).containsExactly("personalization.too-long");
            assertThat(check.values()).isEmpty();
        } else {
            assertThat(check.valid()).isTrue();
            assertThat(check.values())
                    .extracting(PersonalizationValue::value)
                    .isEqualTo(normalized.isEmpty() ? List.of() : List.of(normalized));
        }
    }

    @Property
    void acceptedValuesAreAlwaysTrimmedNfcAndWithinLimits(@ForAll String anything) {
        var slots = List.of(PersonalizationSlot.text("t", "T", false, 30));

        var check = check(slots, Map.of("t", anything));

        for (var value : check.values()) {
            assertThat(value.value()).isEqualTo(value.value().strip());
            assertThat(java.text.Normalizer.isNormalized(value.value(), java.text.Normalizer.Form.NFC))
                    .isTrue();
            assertThat(value.value().codePointCount(0, value.value().length())).isLessThanOrEqualTo(30);
            assertThat(value.value()).doesNotContain("<", ">");
            assertThat(value.value().codePoints()).noneMatch(Character::isISOControl);
        }
        assertThat(check.values().size() + check.violations().size()).isLessThanOrEqualTo(1);
    }

    @Property
    void normalizingTwiceChangesNothing(@ForAll String anything) {
        var once = PersonalizationPolicy.normalize(anything);
        assertThat(PersonalizationPolicy.normalize(once)).isEqualTo(once);
    }
}
