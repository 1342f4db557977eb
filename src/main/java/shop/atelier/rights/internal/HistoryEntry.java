package shop.atelier.rights.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One state change of a request: when, to which state, by whom, and a note. */
public record HistoryEntry(
        Instant at,
        RequestState state,
        String actor,
        @Nullable String note) {}
