package shop.atelier.marketing.internal;

/** Where the person asked for promotional mail. */
public enum OptInSource {
    CHECKOUT,
    ACCOUNT
}
