package shop.atelier.notifications.internal;

import shop.atelier.platform.BusinessRuleException;

/** Only a message that finally failed can be retried by hand; the others retry on their own. */
public class MessageNotRetryableException extends BusinessRuleException {

    public MessageNotRetryableException(OutboxStatus status) {
        super("Only failed messages can be retried; this one is " + status);
    }
}
