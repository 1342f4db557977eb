package shop.atelier.proofs.internal;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import shop.atelier.uploads.MaterialId;

/**
 * One preview the shop published for a line, and the customer's answer to it.
 *
 * @param number the round, from 1
 * @param material the preview, stored in the order's upload scope
 * @param contentType the preview's stored type: an image type or {@code application/pdf}
 * @param staffNote what the shop wrote to the customer with the preview
 * @param publishedBy the staff member's login
 * @param decision the customer's answer, or {@link Decision#SUPERSEDED} when the shop published a
 *     newer preview before the customer answered; {@code null} while open
 * @param comment what the customer asked to change
 */
public record ProofRound(
        int number,
        MaterialId material,
        String contentType,
        @Nullable String staffNote,
        String publishedBy,
        Instant publishedAt,
        @Nullable Decision decision,
        @Nullable String comment,
        @Nullable Instant decidedAt) {

    /** How a round ended. */
    public enum Decision {
        APPROVED,
        CHANGES_REQUESTED,
        SUPERSEDED
    }

    public ProofRound {
        Objects.requireNonNull(material, "material");
        if (number < 1) {
            throw new IllegalArgumentException("rounds count from 1");
        }
    }

    /** Whether the preview is a picture (shown as a thumbnail) rather than a document to download. */
    public boolean image() {
        return contentType.startsWith("image/");
    }

    public boolean open() {
        return decision == null;
    }

    ProofRound decided(Decision decision, @Nullable String comment, Instant at) {
        return new ProofRound(
                number, material, contentType, staffNote, publishedBy, publishedAt, decision, comment, at);
    }

    ProofRound withFreeText(@Nullable String staffNote, @Nullable String comment) {
        return new ProofRound(
                number, material, contentType, staffNote, publishedBy, publishedAt, decision, comment, decidedAt);
    }
}
