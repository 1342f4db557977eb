package shop.atelier.privacy.internal;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the audit chain: OK with the number of entries checked, or the first broken
 * link.
 *
 * @param brokenAt the sequence number of the first entry that does not fit (for a gap: the first
 *     missing one), when broken
 * @param problem why it does not fit, when broken
 */
public record ChainVerification(
        long entries, @Nullable Long brokenAt, @Nullable Problem problem) {

    /** Why a link is broken. */
    public enum Problem {
        /** The entry's fields no longer give its stored hash: the row was edited. */
        HASH_MISMATCH,
        /** The entry does not name the hash of the entry before it. */
        PREVIOUS_HASH_MISMATCH,
        /** Sequence numbers skip here: an entry before it was deleted. */
        GAP
    }

    static ChainVerification ok(long entries) {
        return new ChainVerification(entries, null, null);
    }

    static ChainVerification broken(long entries, long at, Problem problem) {
        return new ChainVerification(entries, at, problem);
    }

    public boolean ok() {
        return problem == null;
    }
}
