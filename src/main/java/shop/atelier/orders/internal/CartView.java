package shop.atelier.orders.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.Money;

/**
 * A cart as shown to the customer, priced by the catalog now.
 *
 * @param id {@code null} while the visitor has no cart
 * @param total sum of the available lines; {@code null} when there are none
 */
public record CartView(
        @Nullable CartId id, List<Line> lines, @Nullable Money total, int itemCount) {

    public CartView {
        lines = List.copyOf(lines);
    }

    public static CartView empty(@Nullable CartId id) {
        return new CartView(id, List.of(), null, 0);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Every line can still be bought. */
    public boolean canCheckout() {
        return !lines.isEmpty() && lines.stream().allMatch(Line::available);
    }

    /**
     * @param available whether the catalog still sells the variant; if not, names and prices are empty
     */
    public record Line(
            UUID id,
            VariantId variantId,
            String productName,
            String variantName,
            String sku,
            List<PersonalizationValue> personalization,
            int quantity,
            @Nullable Money unitPrice,
            @Nullable Money lineTotal,
            boolean available) {

        public Line {
            personalization = List.copyOf(personalization);
        }
    }
}
