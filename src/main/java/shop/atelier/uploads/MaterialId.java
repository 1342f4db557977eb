package shop.atelier.uploads;

import java.util.Objects;
import java.util.UUID;

/** Identifies one stored material. */
public record MaterialId(UUID value) {

    public MaterialId {
        Objects.requireNonNull(value, "value");
    }

    public static MaterialId random() {
        return new MaterialId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
