package shop.atelier.privacy.spi;

/** Why the shop may process a category of personal data. */
public enum LegalBasis {
    /** Needed to perform the contract with the person (take, make and deliver the order). */
    CONTRACT,
    /** The law requires it (tax records). */
    LEGAL_OBLIGATION,
    /** The person agreed, and may withdraw. */
    CONSENT,
    /** The shop's legitimate interest, balanced against the person's (security logs). */
    LEGITIMATE_INTEREST
}
