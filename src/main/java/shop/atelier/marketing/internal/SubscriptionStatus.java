package shop.atelier.marketing.internal;

/** Where a subscription stands: only a CONFIRMED one receives promotional mail. */
public enum SubscriptionStatus {
    /** Asked for, waiting for the person to confirm through the emailed link. */
    PENDING,
    CONFIRMED
}
