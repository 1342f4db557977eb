package shop.atelier.catalog;

/** What a personalization slot takes. */
public enum SlotType {
    TEXT,
    PHOTO,
    VIDEO
}
