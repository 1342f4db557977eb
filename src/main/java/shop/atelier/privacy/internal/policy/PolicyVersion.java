package shop.atelier.privacy.internal.policy;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of the privacy policy: its label (e.g. a date), what changed, whether the change is
 * material, and the shop's own prose. A draft may be edited; once published it never changes.
 */
public record PolicyVersion(
        UUID id,
        String label,
        String summary,
        boolean material,
        String body,
        Status status,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        long version) {

    public enum Status {
        DRAFT,
        PUBLISHED
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }
}
