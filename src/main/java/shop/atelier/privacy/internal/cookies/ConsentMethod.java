package shop.atelier.privacy.internal.cookies;

/** How a cookie choice was made. */
public enum ConsentMethod {
    BANNER_ACCEPT_ALL,
    BANNER_REJECT_ALL,
    SETTINGS,
    /** Recorded without a click: the browser sent {@code Sec-GPC: 1} before any choice. */
    GPC
}
