package shop.atelier.rights.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One state change of a request: when, to which state, by whom, and a note. A note the system wrote
 * is a message code ({@code @code} or {@code @code|argument}, shown in the reader's language); a
 * note a privacy officer wrote is their text.
 */
public record HistoryEntry(
        Instant at,
        RequestState state,
        String actor,
        @Nullable String note) {

    static final String CODE = "@";

    /** The notes the system writes; anything else is an officer's text, shown as written. */
    private static final Set<String> CODES = codes();

    private static Set<String> codes() {
        var codes = new HashSet<>(Set.of(
                "archive-ready",
                "erased",
                "merged",
                "archive-expired",
                "verified.password",
                "verified.signed-in",
                "verified.link",
                "verified.shopify"));
        for (var channel : Channel.values()) {
            codes.add("channel." + channel.name());
            codes.add("joined." + channel.name());
        }
        return Set.copyOf(codes);
    }

    /** A note the system writes: {@code rights.history.note.<code>} with an optional argument. */
    static String code(String code, @Nullable Object argument) {
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("Not a history note code: " + code);
        }
        return CODE + code + (argument == null ? "" : "|" + argument);
    }

    static String code(String code) {
        return code(code, null);
    }

    /** The message key of a system note; null for an officer's text or no note. */
    public @Nullable String noteKey() {
        if (note == null || !note.startsWith(CODE)) {
            return null;
        }
        var bar = note.indexOf('|');
        var code = bar < 0 ? note.substring(1) : note.substring(1, bar);
        return CODES.contains(code) ? "rights.history.note." + code : null;
    }

    /** The argument of a system note, if it has one. */
    public @Nullable String noteArgument() {
        if (noteKey() == null) {
            return null;
        }
        var bar = note.indexOf('|');
        return bar < 0 ? null : note.substring(bar + 1);
    }
}
