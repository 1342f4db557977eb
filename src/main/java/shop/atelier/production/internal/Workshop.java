package shop.atelier.production.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shop.atelier.production.WorkshopId;

/**
 * A workshop that makes orders for the shop.
 *
 * @param contactEmail where the shop's team writes to the workshop; for the team's own use
 * @param active whether new jobs may be assigned to it
 */
public record Workshop(
        WorkshopId id, String name, @Nullable String contactEmail, boolean active, Instant createdAt, long version) {}
