package shop.atelier.production;

import java.util.Objects;
import java.util.UUID;

/** Identifies a workshop that makes orders for the shop. */
public record WorkshopId(UUID value) {

    public WorkshopId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkshopId random() {
        return new WorkshopId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
