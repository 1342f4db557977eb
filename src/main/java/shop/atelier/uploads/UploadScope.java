package shop.atelier.uploads;

import java.util.Objects;
import java.util.UUID;

/**
 * What a set of materials belongs to, and what their data key is for: a cart before checkout, an
 * order after it. Destroying a scope destroys its key, so all its files become unreadable.
 *
 * @param kind {@code cart} or {@code order} (lower-case letters, digits and dashes)
 * @param id the cart's or order's id
 */
public record UploadScope(String kind, UUID id) {

    public static final String CART = "cart";
    public static final String ORDER = "order";

    public UploadScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (!kind.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("scope kind must be lower-case letters, digits or dashes: " + kind);
        }
    }

    public static UploadScope cart(UUID cartId) {
        return new UploadScope(CART, cartId);
    }

    public static UploadScope order(UUID orderId) {
        return new UploadScope(ORDER, orderId);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
