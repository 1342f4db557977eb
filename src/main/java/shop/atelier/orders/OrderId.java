package shop.atelier.orders;

import java.util.UUID;

public record OrderId(UUID value) {

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
