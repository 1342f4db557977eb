package shop.atelier.catalog;

import java.util.UUID;

public record ProductId(UUID value) {

    public static ProductId random() {
        return new ProductId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
