package shop.atelier.uploads;

/** What kind of material a slot takes; each kind has its own size limit and allowed content types. */
public enum MaterialKind {
    /** JPEG, PNG or WebP; stored re-encoded, without metadata. */
    PHOTO,
    /** MP4 or QuickTime; stored as uploaded. */
    VIDEO,
    /** Plain text; stored as uploaded. */
    TEXT,
    /** A design preview made by the shop: JPEG, PNG, WebP (stored re-encoded) or PDF. */
    PROOF
}
