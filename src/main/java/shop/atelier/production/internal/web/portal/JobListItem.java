package shop.atelier.production.internal.web.portal;

import java.time.LocalDate;
import java.util.UUID;

/** One open job in the craftsman's list. */
public record JobListItem(
        UUID jobId,
        String orderNumber,
        String productName,
        String variantName,
        int quantity,
        LocalDate dueOn,
        String state) {}
