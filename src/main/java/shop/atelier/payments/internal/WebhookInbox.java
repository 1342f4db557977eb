package shop.atelier.payments.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.payments.PaymentConfirmed;
import shop.atelier.payments.PaymentFailed;

/**
 * Receives providers' webhooks: verifies the signature over the raw body before anything else,
 * then records the event in the ledger at most once and announces its outcome in the same
 * transaction.
 */
@Service
public class WebhookInbox {

    /** What became of one delivery; each maps to the HTTP status the provider sees. */
    public enum Receipt {
        UNKNOWN_PROVIDER,
        UNAUTHENTIC,
        MALFORMED,
        IGNORED,
        DUPLICATE,
        ACCEPTED
    }

    private static final Logger log = LoggerFactory.getLogger(WebhookInbox.class);

    private final Map<String, WebhookAdapter> adapters;
    private final PaymentLedger ledger;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WebhookInbox(
            List<WebhookAdapter> adapters,
            PaymentLedger ledger,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.adapters = adapters.stream().collect(Collectors.toMap(WebhookAdapter::name, Function.identity()));
        this.ledger = ledger;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public Receipt receive(String provider, byte[] body, HttpHeaders headers) {
        var adapter = adapters.get(provider);
        if (adapter == null) {
            return Receipt.UNKNOWN_PROVIDER;
        }
        if (!adapter.isAuthentic(body, headers)) {
            log.warn("Rejected a {} webhook with a missing or invalid signature ({} bytes)", provider, body.length);
            return Receipt.UNAUTHENTIC;
        }
        WebhookMessage message;
        try {
            var parsed = adapter.parse(body);
            if (parsed.isEmpty()) {
                return Receipt.IGNORED;
            }
            message = parsed.get();
        } catch (MalformedWebhookException e) {
            log.warn("Rejected a signed but malformed {} webhook: {}", provider, e.getMessage());
            return Receipt.MALFORMED;
        }
        return transaction.execute(status -> record(provider, message));
    }

    private Receipt record(String provider, WebhookMessage message) {
        ledger.lockOrder(message.orderId());
        var before = ledger.forOrder(message.orderId());
        if (!ledger.append(LedgerLine.received(provider, message, clock.instant()))) {
            log.info("Ignored a repeated {} webhook, event {}", provider, message.eventId());
            return Receipt.DUPLICATE;
        }
        switch (PaymentOutcomePolicy.decide(before, message)) {
            case CONFIRMED ->
                events.publishEvent(new PaymentConfirmed(
                        message.orderId(),
                        provider,
                        message.providerPaymentId() == null ? message.eventId() : message.providerPaymentId(),
                        message.amount(),
                        message.occurredAt()));
            case FAILED ->
                events.publishEvent(
                        new PaymentFailed(message.orderId(), provider, message.reason(), message.occurredAt()));
            case NONE ->
                log.info(
                        "Recorded {} webhook {} for order {} without announcing it (already settled)",
                        provider,
                        message.eventId(),
                        message.orderId());
        }
        return Receipt.ACCEPTED;
    }
}
