package shop.atelier.marketing.internal;

/** Why an address is on the suppression list. */
public enum SuppressionReason {
    UNSUBSCRIBED,
    /** The person had their data erased: they are never sent promotional mail again. */
    ERASED
}
