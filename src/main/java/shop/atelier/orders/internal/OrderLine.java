package shop.atelier.orders.internal;

import java.util.List;
import java.util.UUID;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.Money;

/**
 * A line of an order: what was bought, at the price the catalog named at checkout, with the
 * personalization as it was given (labels included, so later catalog edits do not change it).
 */
public record OrderLine(
        UUID id,
        ProductId productId,
        VariantId variantId,
        String productName,
        String variantName,
        String sku,
        Money unitPrice,
        int quantity,
        boolean requiresProof,
        List<PersonalizationValue> personalization) {

    public static final int MAX_QUANTITY = 20;

    public OrderLine {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("Quantity must be 1.." + MAX_QUANTITY + ": " + quantity);
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("Negative price: " + unitPrice);
        }
        personalization = List.copyOf(personalization);
    }

    /** A design preview must be approved before the line is made: the product asks for one and the line is personalized. */
    public boolean needsProof() {
        return requiresProof && !personalization.isEmpty();
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
