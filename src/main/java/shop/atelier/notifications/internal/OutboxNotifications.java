package shop.atelier.notifications.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.EmailKind;
import shop.atelier.notifications.Notifications;

/** Renders emails and writes them to the outbox in the caller's transaction. */
@Service
class OutboxNotifications implements Notifications {

    /** The model variable a promotional email must carry: the recipient's one-click unsubscribe link. */
    static final String UNSUBSCRIBE_URL = "unsubscribeUrl";

    private final MailComposer composer;
    private final OutboxMessages messages;
    private final OutboxDispatcher dispatcher;
    private final Clock clock;

    OutboxNotifications(MailComposer composer, OutboxMessages messages, OutboxDispatcher dispatcher, Clock clock) {
        this.composer = composer;
        this.messages = messages;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Refuses an invalid recipient address, and a promotional email without an absolute {@code
     * unsubscribeUrl} in its model (promise U5: every promotional email can be unsubscribed from);
     * that link becomes the message's {@code List-Unsubscribe} header. Without a mail server the
     * message is HELD in the built-in outbox.
     */
    @Override
    @Transactional
    public UUID enqueue(Email email) {
        var recipient = validAddress(email.to());
        var listUnsubscribe = email.kind() == EmailKind.PROMOTIONAL ? unsubscribeLink(email) : null;
        var composed = composer.compose(email);
        var now = clock.instant();
        var held = !dispatcher.canSend();
        var id = UUID.randomUUID();
        messages.insert(new OutboxMessage(
                id,
                email.kind(),
                recipient,
                composed.subject(),
                composed.html(),
                composed.text(),
                held ? OutboxStatus.HELD : OutboxStatus.PENDING,
                0,
                held ? null : now,
                now,
                null,
                null,
                listUnsubscribe));
        return id;
    }

    private static String unsubscribeLink(Email email) {
        if (email.model().get(UNSUBSCRIBE_URL) instanceof String url && !url.isBlank()) {
            try {
                var link = URI.create(url.strip());
                if (("https".equals(link.getScheme()) || "http".equals(link.getScheme()))
                        && link.getHost() != null
                        && !url.contains(">")) {
                    return link.toString();
                }
            } catch (IllegalArgumentException notAUri) {
                // refused below
            }
        }
        throw new IllegalArgumentException("A promotional email needs an absolute http(s) unsubscribe link ('"
                + UNSUBSCRIBE_URL + "' in its model)");
    }

    private static String validAddress(String to) {
        try {
            var address = new InternetAddress(to.strip(), true);
            address.validate();
            return address.getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not a valid email address: " + to, e);
        }
    }
}
