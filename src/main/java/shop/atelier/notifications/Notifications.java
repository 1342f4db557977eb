package shop.atelier.notifications;

import java.util.UUID;

/** What other modules may ask of notifications. */
public interface Notifications {

    /**
     * Renders the email and writes it to the outbox in the caller's transaction: if the business
     * change rolls back, no mail goes out; if it commits, the mail is sent (with retries).
     *
     * @return the outbox id of the message
     */
    UUID enqueue(Email email);
}
