package shop.atelier.notifications.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.Notifications;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.ShopProperties;

/** What the staff outbox viewer may do: read messages, retry failed ones, send a test message. */
@Service
public class Outbox {

    public static final int PAGE_SIZE = 20;

    private final OutboxMessages messages;
    private final OutboxDispatcher dispatcher;
    private final Notifications notifications;
    private final ShopProperties shop;
    private final Clock clock;

    Outbox(
            OutboxMessages messages,
            OutboxDispatcher dispatcher,
            Notifications notifications,
            ShopProperties shop,
            Clock clock) {
        this.messages = messages;
        this.dispatcher = dispatcher;
        this.notifications = notifications;
        this.shop = shop;
        this.clock = clock;
    }

    public boolean sendsMail() {
        return dispatcher.canSend();
    }

    @Transactional(readOnly = true)
    public OutboxPage page(@Nullable OutboxStatus status, @Nullable String recipient, int page) {
        return messages.page(status, recipient, Math.max(page, 0), PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public OutboxMessage message(UUID id) {
        return messages.find(id).orElseThrow(() -> new NotFoundException("No outbox message " + id));
    }

    /**
     * Gives a failed message one more attempt at once (or holds it, without a mail server). It
     * keeps its attempt count, so failing again leaves it FAILED.
     *
     * @return its status afterwards
     */
    public OutboxStatus retry(UUID id) {
        var message = message(id);
        if (!message.retryable()) {
            throw new MessageNotRetryableException(message.status());
        }
        if (!dispatcher.canSend()) {
            messages.move(id, OutboxStatus.FAILED, OutboxStatus.HELD, null);
            return OutboxStatus.HELD;
        }
        if (!messages.move(id, OutboxStatus.FAILED, OutboxStatus.PENDING, clock.instant())) {
            return message(id).status();
        }
        return dispatcher.dispatch(id).orElseGet(() -> message(id).status());
    }

    /** Writes a test message to the outbox, to check the mail setup and how mail looks. */
    public UUID sendTestMessage(String to, Locale locale) {
        return notifications.enqueue(Email.transactional(
                        to, "mail.test-message.subject", "mail/notifications/test-message", Map.of(), shop.name())
                .withLocale(locale));
    }
}
