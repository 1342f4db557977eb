package shop.atelier.notifications.internal;

/** Where a message in the outbox stands. */
public enum OutboxStatus {
    /** Waiting for its next delivery attempt. */
    PENDING,
    /** Kept in the built-in outbox because no mail server is configured. */
    HELD,
    SENT,
    /** Gave up after the configured number of attempts; staff may retry it. */
    FAILED
}
