package shop.atelier.payments.internal;

/** A signed webhook body that is not valid JSON or misses a field the shop needs. */
public class MalformedWebhookException extends RuntimeException {

    public MalformedWebhookException(String message) {
        super(message);
    }

    public MalformedWebhookException(String message, Throwable cause) {
        super(message, cause);
    }
}
