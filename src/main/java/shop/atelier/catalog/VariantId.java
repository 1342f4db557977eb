package shop.atelier.catalog;

import java.util.UUID;

public record VariantId(UUID value) {

    public static VariantId random() {
        return new VariantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
