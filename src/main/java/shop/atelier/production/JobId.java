package shop.atelier.production;

import java.util.Objects;
import java.util.UUID;

/** Identifies one production job: one order line given to one workshop. */
public record JobId(UUID value) {

    public JobId {
        Objects.requireNonNull(value, "value");
    }

    public static JobId random() {
        return new JobId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
