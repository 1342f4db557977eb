package shop.atelier.production.internal;

import java.time.Instant;
import java.util.UUID;
import shop.atelier.production.WorkshopId;

/**
 * A craftsman of a workshop: the account (role WORKSHOP) that may use the portal for it.
 *
 * @param accountId the craftsman's account in the customers module
 */
public record Member(
        UUID accountId, WorkshopId workshopId, String name, String email, Instant addedAt, String addedBy) {}
