package shop.atelier.rights.internal;

/** How a request reached the shop. */
public enum Channel {
    /** From the signed-in person's privacy center. */
    ACCOUNT,
    /** From the public form, verified by an emailed link. */
    GUEST_FORM,
    /** Logged by the privacy officer from an email to the privacy contact. */
    STAFF,
    /** A Shopify compliance webhook, authenticated by its signature. */
    SHOPIFY
}
