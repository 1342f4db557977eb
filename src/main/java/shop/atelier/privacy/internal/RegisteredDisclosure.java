package shop.atelier.privacy.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.privacy.Disclosure.RecipientKind;
import shop.atelier.privacy.spi.LegalBasis;

/** A row of the disclosure register, with what the officer typed for a legal disclosure. */
public record RegisteredDisclosure(
        UUID id,
        String recipient,
        RecipientKind recipientKind,
        String purpose,
        LegalBasis legalBasis,
        List<String> categories,
        @Nullable UUID customerId,
        @Nullable String email,
        @Nullable UUID orderId,
        @Nullable String orderNumber,
        Instant at,
        @Nullable String reference,
        @Nullable String approvedBy,
        String recordedBy) {}
