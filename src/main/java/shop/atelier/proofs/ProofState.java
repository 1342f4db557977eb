package shop.atelier.proofs;

/** Where the design preview of one order line stands. */
public enum ProofState {
    /** The shop has not published a preview yet. */
    AWAITING_PROOF,
    /** A preview is published; the customer has not answered yet. */
    AWAITING_CUSTOMER,
    /** The customer asked for changes; the shop prepares the next round. */
    CHANGES_REQUESTED,
    /** The customer approved the latest preview; the line may be made. */
    APPROVED;

    /** Whether staff may publish a (new) preview. */
    public boolean acceptsPreview() {
        return this != APPROVED;
    }
}
