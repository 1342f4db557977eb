package shop.atelier.privacy.spi;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one module did for an erasure request: what it erased, and what it kept, why and until when.
 */
public record ErasureReport(String holder, List<String> erased, List<Kept> kept) {

    public ErasureReport {
        erased = List.copyOf(erased);
        kept = List.copyOf(kept);
    }

    public static ErasureReport nothingHeld(String holder) {
        return new ErasureReport(holder, List.of(), List.of());
    }

    /**
     * Something kept despite the request.
     *
     * @param category the data category kept
     * @param reason why, e.g. the tax law that requires it
     * @param until when it will be deleted, if known
     */
    public record Kept(
            String category, String reason, @Nullable LocalDate until) {}
}
