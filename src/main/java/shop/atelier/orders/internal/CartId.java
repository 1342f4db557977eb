package shop.atelier.orders.internal;

import java.util.UUID;

public record CartId(UUID value) {

    public static CartId random() {
        return new CartId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
