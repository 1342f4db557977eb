package shop.atelier.catalog.internal;

/**
 * Which characters a text slot accepts. Whatever the rule, control and formatting characters and
 * the HTML angle brackets {@code <} and {@code >} are never accepted: the text ends up on
 * products, in proofs, in emails and in workshop screens.
 */
public enum CharacterRule {

    /**
     * Letters of any script, digits, spaces and basic punctuation: what an engraving or a print
     * renders without surprises. No emoji.
     */
    BASIC,

    /** Letters of any script, digits and spaces only, e.g. for initials. */
    LETTERS_AND_DIGITS,

    /** Any printable character, emoji and symbols included. */
    EXTENDED;

    /** Punctuation that {@link #BASIC} accepts besides letters, digits and spaces. */
    public static final String BASIC_PUNCTUATION = ".,;:!?'\"’‘“”„«»()&-–—/@#+*%€$£…";

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    public boolean allows(int codePoint) {
        if (neverAllowed(codePoint)) {
            return false;
        }
        return switch (this) {
            case EXTENDED -> true;
            case LETTERS_AND_DIGITS -> isLetterDigitOrSpace(codePoint);
            case BASIC -> isLetterDigitOrSpace(codePoint) || BASIC_PUNCTUATION.indexOf(codePoint) >= 0;
        };
    }

    private static boolean isLetterDigitOrSpace(int codePoint) {
        return codePoint == ' '
                || Character.isLetter(codePoint)
                || Character.isDigit(codePoint)
                || isMark(codePoint)
                // joiners belong to the spelling of several scripts (Persian, Indic)
                || codePoint == ZERO_WIDTH_NON_JOINER
                || codePoint == ZERO_WIDTH_JOINER;
    }

    private static boolean isMark(int codePoint) {
        var type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean neverAllowed(int codePoint) {
        if (codePoint == '<' || codePoint == '>') {
            return true;
        }
        if (codePoint == ZERO_WIDTH_NON_JOINER || codePoint == ZERO_WIDTH_JOINER) {
            return false;
        }
        return isInvisible(codePoint);
    }

    /** Controls, formatting characters, separators other than space, surrogates, private-use and unassigned code points. */
    static boolean isInvisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
