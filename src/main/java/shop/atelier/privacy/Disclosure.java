package shop.atelier.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.privacy.spi.LegalBasis;

/**
 * One handover of personal data to someone outside the shop's team (promises S2–S4): who received
 * what about whom, why, and on which legal basis.
 *
 * @param recipient who received it, as the customer may see it, e.g. "Oak & Thread workshop", "DHL"
 * @param recipientKind what kind of recipient
 * @param purpose why, e.g. "make order A-2611-7K3Q", "deliver order A-2611-7K3Q"
 * @param categories the data categories handed over, e.g. {@code contact.name}, {@code
 *     contact.address}, {@code content.self_image}
 * @param customerId the account of the person, when they have one
 * @param email the person's email address as the shop knows it (guests are found by it)
 * @param orderId the order it concerns, if any
 * @param reference an outside reference: a court order, a carrier's shipment number
 */
public record Disclosure(
        String recipient,
        RecipientKind recipientKind,
        String purpose,
        LegalBasis legalBasis,
        List<String> categories,
        @Nullable UUID customerId,
        @Nullable String email,
        @Nullable UUID orderId,
        Instant at,
        @Nullable String reference) {

    /** Kinds of recipients of personal data. */
    public enum RecipientKind {
        WORKSHOP,
        CARRIER,
        PAYMENT_PROVIDER,
        AUTHORITY,
        THIRD_PARTY
    }

    public Disclosure {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(at, "at");
        categories = List.copyOf(categories);
    }
}
