package shop.atelier.notifications.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.notifications.EmailKind;

/** A line of the outbox list: everything but the bodies. */
public record OutboxSummary(
        UUID id,
        EmailKind kind,
        String recipient,
        String subject,
        OutboxStatus status,
        int attempts,
        Instant createdAt,
        @Nullable Instant sentAt) {}
