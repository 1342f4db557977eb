package shop.atelier.payments.internal;

import java.util.Optional;
import org.springframework.http.HttpHeaders;

/** How one provider signs and shapes its webhooks. */
public interface WebhookAdapter {

    /** The provider's name, the last segment of {@code /webhooks/payments/{provider}}. */
    String name();

    /** Whether the raw body carries a valid signature of this provider (checked in constant time). */
    boolean isAuthentic(byte[] body, HttpHeaders headers);

    /**
     * Reads an authentic body.
     *
     * @return empty for event types the shop does not act on
     * @throws MalformedWebhookException when the body is not what the provider documents
     */
    Optional<WebhookMessage> parse(byte[] body);
}
