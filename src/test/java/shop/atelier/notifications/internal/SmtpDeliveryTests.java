package shop.atelier.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.Notifications;
import shop.atelier.platform.ShopProperties;

/**
 * With a mail server configured, the scheduled dispatch job delivers outbox mail over SMTP. The
 * context is closed after the class, so its job never outlives this mail server.
 */
@SpringBootTest(properties = "atelier.mail.dispatch-interval=PT0.5S")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SmtpDeliveryTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxMessages messages;

    @Autowired
    ShopProperties shop;

    Optional<MimeMessage> receivedBy(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(address -> address.toString().equals(recipient));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst();
    }

    @Test
    void deliversEnqueuedMailOverSmtpAsTextAndHtml() throws Exception {
        var recipient = "smtp-" + UUID.randomUUID() + "@example.com";
        var id = notifications.enqueue(Email.transactional(
                recipient,
                "mail.test-message.subject",
                "mail/test/order-note",
                Map.of(
                        "name", "Ada",
                        "orderNumber", "C-3",
                        "items", List.of("Mug"),
                        "trackingUrl", "https://track.example/3"),
                "Greenmail Shop"));
        assertThat(messages.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedBy(recipient).isPresent());
        var received = receivedBy(recipient).orElseThrow();

        assertThat(received.getSubject()).isEqualTo("Test message from Greenmail Shop");
        assertThat(received.getFrom()[0].toString()).contains(shop.mailFrom()).contains(shop.name());
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(received.getMessageID()).contains(id.toString());
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        var parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) parts.getBodyPart(0).getContent())
                .contains("Track your parcel (https://track.example/3)")
                .contains("Privacy questions: " + shop.privacyContact());
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent())
                .contains("<strong>C-3</strong>")
                .contains("mailto:" + shop.privacyContact());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var sent = messages.find(id).orElseThrow();
            assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(sent.sentAt()).isNotNull();
            assertThat(sent.attempts()).isEqualTo(1);
        });
    }

    @Test
    void promotionalMailCarriesOneClickUnsubscribeHeaders() throws Exception {
        var recipient = "promo-" + UUID.randomUUID() + "@example.com";
        notifications.enqueue(Email.promotional(
                recipient,
                "mail.test-message.subject",
                "mail/test/order-note",
                Map.of("name", "Ada", "orderNumber", "-", "items", List.of(), "trackingUrl", "https://x.example"),
                "https://shop.example/unsubscribe/abc123",
                "News"));

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedBy(recipient).isPresent());
        var received = receivedBy(recipient).orElseThrow();

        assertThat(received.getHeader("List-Unsubscribe", null)).isEqualTo("<https://shop.example/unsubscribe/abc123>");
        assertThat(received.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(received.getHeader("Auto-Submitted")).isNull();
    }
}
