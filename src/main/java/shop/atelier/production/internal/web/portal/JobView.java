package shop.atelier.production.internal.web.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A job as a craftsman sees it: what to make, from which texts and materials, by when, for which
 * order number. Built from these portal records only; none of them can hold a customer's name,
 * email, phone or address.
 */
public record JobView(
        UUID jobId,
        String orderNumber,
        String productName,
        String variantName,
        int quantity,
        LocalDate dueOn,
        String state,
        List<TextItem> texts,
        List<MaterialItem> materials,
        @Nullable ProofItem proof) {

    public JobView {
        texts = List.copyOf(texts);
        materials = List.copyOf(materials);
    }

    /** A personalization text, e.g. an engraving. */
    public record TextItem(String label, String text) {}

    /** An uploaded material behind short-lived signed links. */
    public record MaterialItem(
            String label, String kind, @Nullable String thumbnail, String open, String download) {}

    /**
     * The line's design proof.
     *
     * @param approved whether the customer approved the latest preview
     * @param round the latest round
     */
    /**
     * The design preview: whether the customer approved it, in which round, and the approved preview's
     * links (null until approved or when it is gone).
     */
    public record ProofItem(
            boolean approved,
            int round,
            @Nullable String previewThumbnail,
            @Nullable String previewContent) {}
}
