package shop.atelier.catalog;

/** What a personalization slot takes. */
public enum SlotType {
    TEXT,
    PHOTO,
    VIDEO,
    /** A plain-text file, e.g. a letter or a poem to print. */
    TEXT_FILE
}
