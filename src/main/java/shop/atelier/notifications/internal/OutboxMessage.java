package shop.atelier.notifications.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.notifications.EmailKind;

/** One rendered email in the outbox, with its delivery state. */
public record OutboxMessage(
        UUID id,
        EmailKind kind,
        String recipient,
        String subject,
        String html,
        String text,
        OutboxStatus status,
        int attempts,
        @Nullable Instant nextAttemptAt,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable String lastError) {

    public boolean retryable() {
        return status == OutboxStatus.FAILED;
    }
}
