package shop.atelier.notifications.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.notifications.EmailKind;

/**
 * One rendered email in the outbox, with its delivery state.
 *
 * @param listUnsubscribe a promotional message's one-click unsubscribe link, sent as its {@code
 *     List-Unsubscribe} header; null for transactional mail
 */
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
        @Nullable String lastError,
        @Nullable String listUnsubscribe) {

    public OutboxMessage(
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
        this(
                id,
                kind,
                recipient,
                subject,
                html,
                text,
                status,
                attempts,
                nextAttemptAt,
                createdAt,
                sentAt,
                lastError,
                null);
    }

    public boolean retryable() {
        return status == OutboxStatus.FAILED;
    }
}
