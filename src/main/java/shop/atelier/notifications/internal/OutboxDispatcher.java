package shop.atelier.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.notifications.EmailKind;
import shop.atelier.platform.ShopProperties;

/**
 * Sends due outbox messages over SMTP, one transaction per message: the row stays locked while it
 * is being sent, so several nodes never send the same message. A failed attempt is counted and
 * retried later with growing pauses ({@link Backoff}); after {@code atelier.mail.max-attempts} the
 * message is FAILED and waits for staff.
 *
 * <p>Delivery is at least once: if a node dies after the mail server accepted a message but before
 * the commit, the message is sent again, with the same {@code Message-ID}.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final OutboxMessages messages;
    private final @Nullable JavaMailSender sender;
    private final ShopProperties shop;
    private final OutboxProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    @Autowired
    OutboxDispatcher(
            OutboxMessages messages,
            ObjectProvider<JavaMailSender> sender,
            ShopProperties shop,
            OutboxProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this(messages, sender.getIfAvailable(), shop, properties, clock, transactionManager);
    }

    OutboxDispatcher(
            OutboxMessages messages,
            @Nullable JavaMailSender sender,
            ShopProperties shop,
            OutboxProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.messages = messages;
        this.sender = sender;
        if (sender instanceof JavaMailSenderImpl smtp) {
            limitWaiting(smtp);
        }
        this.shop = shop;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * JavaMail waits forever for a silent mail server by default, which would hold a dispatch
     * thread and a locked outbox row; bound each wait unless {@code spring.mail.properties.*} says
     * otherwise.
     */
    private static void limitWaiting(JavaMailSenderImpl smtp) {
        var properties = smtp.getJavaMailProperties();
        properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
        properties.putIfAbsent("mail.smtp.timeout", "30000");
        properties.putIfAbsent("mail.smtp.writetimeout", "30000");
        smtp.setJavaMailProperties(properties);
    }

    /** Whether a mail server is configured ({@code spring.mail.host}); without one, mail is held. */
    boolean canSend() {
        return sender != null;
    }

    /**
     * Sends the messages that are due, up to {@code atelier.mail.batch-size}.
     *
     * @return how many were attempted
     */
    int dispatchDue() {
        if (sender == null) {
            return 0;
        }
        var attempted = 0;
        while (attempted < properties.batchSize()) {
            var outcome = transaction.execute(status ->
                    messages.claimDue(clock.instant()).map(this::deliver).orElse(null));
            if (outcome == null) {
                break;
            }
            attempted++;
        }
        return attempted;
    }

    /**
     * Attempts one pending message now, due or not.
     *
     * @return its status afterwards; empty when it is not pending or another node is sending it
     */
    Optional<OutboxStatus> dispatch(UUID id) {
        if (sender == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(transaction.execute(
                status -> messages.claim(id).map(this::deliver).orElse(null)));
    }

    private OutboxStatus deliver(OutboxMessage message) {
        var attempts = message.attempts() + 1;
        try {
            sender.send(mime(message));
            messages.markSent(message.id(), attempts, clock.instant());
            return OutboxStatus.SENT;
        } catch (RuntimeException | MessagingException | UnsupportedEncodingException e) {
            var error = describe(e);
            var failed = attempts >= properties.maxAttempts();
            var next = failed ? null : clock.instant().plus(Backoff.after(attempts));
            var status = failed ? OutboxStatus.FAILED : OutboxStatus.PENDING;
            messages.markAttemptFailed(message.id(), attempts, status, next, error);
            log.warn(
                    "Could not send outbox message {} (attempt {} of {}; {}): {}",
                    message.id(),
                    attempts,
                    properties.maxAttempts(),
                    failed ? "giving up" : "next at " + next,
                    error);
            return status;
        }
    }

    private MimeMessage mime(OutboxMessage message) throws MessagingException, UnsupportedEncodingException {
        var messageId = "<" + message.id() + "@" + domainOf(shop.mailFrom()) + ">";
        var mime = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(new InternetAddress(shop.mailFrom(), shop.name(), "UTF-8"));
        mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.recipient(), true));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setSentDate(Date.from(clock.instant()));
        if (message.kind() == EmailKind.TRANSACTIONAL) {
            mime.setHeader("Auto-Submitted", "auto-generated");
        }
        if (message.listUnsubscribe() != null) {
            // RFC 2369 and RFC 8058: mail clients offer a one-click unsubscribe that POSTs to the link.
            mime.setHeader("List-Unsubscribe", "<" + message.listUnsubscribe() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        var text = new MimeBodyPart();
        text.setText(message.text(), "UTF-8", "plain");
        var html = new MimeBodyPart();
        html.setText(message.html(), "UTF-8", "html");
        var alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        return mime;
    }

    private static String domainOf(String address) {
        var at = address.lastIndexOf('@');
        return at < 0 ? "atelier.invalid" : address.substring(at + 1).strip();
    }

    /** The error without the message itself: the cause's type and text, cut short. */
    private static String describe(Exception e) {
        var cause = NestedExceptionUtils.getMostSpecificCause(e);
        var text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}
