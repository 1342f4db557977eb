package shop.atelier.orders;

import java.util.List;
import java.util.UUID;
import shop.atelier.catalog.PersonalizationValue;

/**
 * One line of an order as other modules may see it.
 *
 * @param personalization the filled-in slots; photo, video and text-file slots hold the id of the
 *     uploaded material (a {@code shop.atelier.uploads.MaterialId} in text form)
 * @param needsProof whether a design preview must be approved before the line is made: the product
 *     asks for one and the line is personalized
 */
public record OrderLineSummary(
        UUID lineId,
        String productName,
        String variantName,
        String sku,
        int quantity,
        List<PersonalizationValue> personalization,
        boolean needsProof) {

    public OrderLineSummary {
        personalization = List.copyOf(personalization);
    }
}
