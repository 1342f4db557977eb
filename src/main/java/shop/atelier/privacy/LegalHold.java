package shop.atelier.privacy;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A standing legal hold: exactly one of {@code email}, {@code orderId}, {@code orderNumber} names
 * what it holds.
 *
 * @param reason why, in the officer's words
 * @param reference the court order, the authority's or the lawyer's reference
 * @param placedBy the privacy officer's login
 */
public record LegalHold(
        UUID id,
        @Nullable String email,
        @Nullable UUID orderId,
        @Nullable String orderNumber,
        String reason,
        String reference,
        String placedBy,
        Instant placedAt) {}
