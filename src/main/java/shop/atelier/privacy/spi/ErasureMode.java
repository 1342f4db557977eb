package shop.atelier.privacy.spi;

/** How far an erasure goes. */
public enum ErasureMode {
    /** Erase everything except what a legal duty forces the shop to keep; anonymize that. */
    KEEP_LEGAL_MINIMUM,
    /** Erase everything, legal duties expired or not applicable (e.g. the end of the retention period). */
    ERASE_ALL
}
