package shop.atelier.marketing.internal;

/** Where a campaign stands. */
public enum CampaignStatus {
    /** Written, not sent; staff may preview it. */
    DRAFT,
    /** Its recipients are queued and sent a few at a time. */
    SENDING,
    /** Every queued recipient was sent the campaign or skipped. */
    SENT
}
