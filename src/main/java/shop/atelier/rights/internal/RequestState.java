package shop.atelier.rights.internal;

/**
 * Where a request stands. {@code MERGED} closes a duplicate that staff joined to another open
 * request of the same person and type.
 */
public enum RequestState {
    RECEIVED,
    IDENTITY_UNVERIFIED,
    IN_PROGRESS,
    COMPLETED,
    REFUSED,
    MERGED;

    public boolean open() {
        return this == RECEIVED || this == IDENTITY_UNVERIFIED || this == IN_PROGRESS;
    }
}
