package shop.atelier.proofs;

import java.util.Objects;
import java.util.UUID;

/** Identifies the proof request of one order line. */
public record ProofRequestId(UUID value) {

    public ProofRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static ProofRequestId random() {
        return new ProofRequestId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
