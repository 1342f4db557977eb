package shop.atelier.orders.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.VariantId;
import shop.atelier.customers.CustomerId;
import shop.atelier.platform.NotFoundException;

/**
 * What a visitor is about to buy. Adding a variant with the same personalization as an existing
 * line adds to that line's quantity; a different personalization makes a new line.
 */
public final class Cart {

    private final CartId id;
    private @Nullable CustomerId customerId;
    private final List<CartLine> lines;

    Cart(CartId id, @Nullable CustomerId customerId, List<CartLine> lines) {
        this.id = id;
        this.customerId = customerId;
        this.lines = new ArrayList<>(lines);
    }

    public static Cart empty(CartId id, @Nullable CustomerId customerId) {
        return new Cart(id, customerId, List.of());
    }

    /**
     * @return the line now holding the item
     * @throws InvalidCartInput if the line would exceed the maximum quantity
     */
    public CartLine add(VariantId variantId, int quantity, List<PersonalizationValue> personalization, Instant at) {
        requireQuantity(quantity);
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.sameItemAs(variantId, personalization)) {
                var merged = line.quantity() + quantity;
                if (merged > OrderLine.MAX_QUANTITY) {
                    throw InvalidCartInput.of(
                            "quantity",
                            "orders.cart.quantity.too-many",
                            "At most " + OrderLine.MAX_QUANTITY + " of one item; the cart already has "
                                    + line.quantity(),
                            OrderLine.MAX_QUANTITY,
                            line.quantity());
                }
                var updated = line.withQuantity(merged);
                lines.set(i, updated);
                return updated;
            }
        }
        var line = new CartLine(UUID.randomUUID(), variantId, quantity, personalization, at);
        lines.add(line);
        return line;
    }

    public void changeQuantity(UUID lineId, int quantity) {
        requireQuantity(quantity);
        var index = indexOf(lineId);
        lines.set(index, lines.get(index).withQuantity(quantity));
    }

    /**
     * Puts another value into one slot of a line (a replacement upload).
     *
     * @return the value the slot held before
     * @throws NotFoundException if there is no such line or the line has no such slot
     */
    public String replaceValue(UUID lineId, String slotKey, String value) {
        var index = indexOf(lineId);
        var line = lines.get(index);
        var previous =
                line.value(slotKey).orElseThrow(() -> new NotFoundException("No such personalization in the line"));
        lines.set(index, line.withValue(slotKey, value));
        return previous.value();
    }

    public CartLine line(UUID lineId) {
        return lines.get(indexOf(lineId));
    }

    public void remove(UUID lineId) {
        lines.remove(indexOf(lineId));
    }

    /** A signed-in customer uses the cart: link it, so the customer's erasure request reaches it. */
    public void usedBy(@Nullable CustomerId customer) {
        if (customer != null) {
            customerId = customer;
        }
    }

    private int indexOf(UUID lineId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id().equals(lineId)) {
                return i;
            }
        }
        throw new NotFoundException("No such line in the cart");
    }

    private static void requireQuantity(int quantity) {
        if (quantity < 1 || quantity > OrderLine.MAX_QUANTITY) {
            throw InvalidCartInput.of(
                    "quantity",
                    "orders.cart.quantity.range",
                    "Quantity must be a whole number from 1 to " + OrderLine.MAX_QUANTITY,
                    1,
                    OrderLine.MAX_QUANTITY);
        }
    }

    public CartId id() {
        return id;
    }

    public @Nullable CustomerId customerId() {
        return customerId;
    }

    public List<CartLine> lines() {
        return List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
