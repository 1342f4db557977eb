package shop.atelier.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.EmailKind;
import shop.atelier.notifications.Notifications;
import shop.atelier.platform.ShopProperties;

/** Enqueueing renders the whole email at once and writes it in the caller's transaction. */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxNotificationsTests {

    static final String TEMPLATE = "mail/test/order-note";

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxMessages messages;

    @Autowired
    ShopProperties shop;

    @Autowired
    TransactionTemplate transaction;

    static String uniqueAddress() {
        return "buyer-" + UUID.randomUUID() + "@example.com";
    }

    static Email orderNote(String to) {
        return Email.transactional(
                to,
                "mail.test-message.subject",
                TEMPLATE,
                Map.of(
                        "name", "Ada <Lovelace>",
                        "orderNumber", "A-1042",
                        "items", List.of("Mug with photo", "Engraved pen"),
                        "trackingUrl", "https://track.example/parcel/42?x=1&y=2"),
                "Orders & More");
    }

    @Test
    void rendersSubjectBodyAndFooterWithThePrivacyContact() {
        var to = uniqueAddress();

        var id = notifications.enqueue(orderNote(to));

        var message = messages.find(id).orElseThrow();
        assertThat(message.recipient()).isEqualTo(to);
        assertThat(message.kind()).isEqualTo(EmailKind.TRANSACTIONAL);
        assertThat(message.subject()).isEqualTo("Test message from Orders & More");
        assertThat(message.attempts()).isZero();
        assertThat(message.html())
                .contains(shop.name())
                .contains("Dear <span>Ada &lt;Lovelace&gt;</span>")
                .contains("<strong>A-1042</strong>")
                .contains("href=\"https://track.example/parcel/42?x=1&amp;y=2\"")
                .contains("mailto:" + shop.privacyContact())
                .contains("Privacy questions:")
                .contains("because of your order or account")
                .doesNotContain("Unsubscribe");
        assertThat(message.text())
                .startsWith(shop.name())
                .contains("Dear Ada <Lovelace>,")
                .contains("- Mug with photo\n- Engraved pen")
                .contains("Track your parcel (https://track.example/parcel/42?x=1&y=2)")
                .contains("Privacy questions: " + shop.privacyContact())
                .doesNotContain("<p", "<span", "</", "&lt;", "&amp;");
    }

    @Test
    void writesNothingWhenTheCallersTransactionRollsBack() {
        var to = uniqueAddress();

        var id = transaction.execute(status -> {
            var enqueued = notifications.enqueue(orderNote(to));
            status.setRollbackOnly();
            return enqueued;
        });

        assertThat(messages.find(id)).isEmpty();
        assertThat(messages.forRecipient(to)).isEmpty();
    }

    @Test
    void joinsTheCallersTransaction() {
        var to = uniqueAddress();

        transaction.executeWithoutResult(status -> {
            notifications.enqueue(orderNote(to));
            notifications.enqueue(orderNote(to));
        });

        assertThat(messages.forRecipient(to)).hasSize(2);
    }

    @Test
    void holdsMailInTheOutboxWithoutAMailServer() {
        var id = notifications.enqueue(orderNote(uniqueAddress()));

        var message = messages.find(id).orElseThrow();
        assertThat(message.status()).isEqualTo(OutboxStatus.HELD);
        assertThat(message.nextAttemptAt()).isNull();
    }

    @Test
    void promotionalMailCarriesItsUnsubscribeLink() {
        var email = new Email(
                uniqueAddress(),
                "mail.test-message.subject",
                new Object[] {"News"},
                TEMPLATE,
                Map.of(
                        "name", "Ada",
                        "orderNumber", "-",
                        "items", List.of(),
                        "trackingUrl", "https://shop.example",
                        "unsubscribeUrl", "https://shop.example/unsubscribe/t0k3n"),
                EmailKind.PROMOTIONAL,
                Locale.ENGLISH);

        var message = messages.find(notifications.enqueue(email)).orElseThrow();

        assertThat(message.kind()).isEqualTo(EmailKind.PROMOTIONAL);
        assertThat(message.html())
                .contains("href=\"https://shop.example/unsubscribe/t0k3n\"")
                .contains("mailto:" + shop.privacyContact());
        assertThat(message.text()).contains("Unsubscribe (https://shop.example/unsubscribe/t0k3n)");
        assertThat(message.listUnsubscribe()).isEqualTo("https://shop.example/unsubscribe/t0k3n");
    }

    @Test
    void transactionalMailHasNoListUnsubscribeHeader() {
        var message =
                messages.find(notifications.enqueue(orderNote(uniqueAddress()))).orElseThrow();

        assertThat(message.listUnsubscribe()).isNull();
    }

    @Test
    void refusesPromotionalMailWhoseUnsubscribeLinkIsNotAnAbsoluteWebLink() {
        var to = uniqueAddress();
        for (var link : List.of("/unsubscribe/t0k3n", "mailto:x@example.com", "https://shop.example/u>t")) {
            var email = Email.promotional(
                    to,
                    "mail.test-message.subject",
                    TEMPLATE,
                    Map.of("name", "Ada", "orderNumber", "-", "items", List.of(), "trackingUrl", "https://x.example"),
                    link,
                    "News");
            assertThatIllegalArgumentException().isThrownBy(() -> notifications.enqueue(email));
        }
        assertThat(messages.forRecipient(to)).isEmpty();
    }

    @Test
    void refusesPromotionalMailWithoutAnUnsubscribeLink() {
        var to = uniqueAddress();
        var email = new Email(
                to,
                "mail.test-message.subject",
                new Object[] {"News"},
                TEMPLATE,
                Map.of("name", "Ada", "orderNumber", "-", "items", List.of(), "trackingUrl", "https://x.example"),
                EmailKind.PROMOTIONAL,
                Locale.ENGLISH);

        assertThatIllegalArgumentException().isThrownBy(() -> notifications.enqueue(email));
        assertThat(messages.forRecipient(to)).isEmpty();
    }

    @Test
    void refusesAnInvalidAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> notifications.enqueue(orderNote("not an address")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> notifications.enqueue(orderNote("a@example.com\r\nBcc: b@example.com")));
    }
}
