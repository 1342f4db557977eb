package shop.atelier.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import shop.atelier.MutableClock;
import shop.atelier.notifications.EmailKind;
import shop.atelier.platform.ShopProperties;

/**
 * A mail server that cannot be reached: each attempt is counted and the next one backs off, until
 * the message is FAILED. The dispatcher is driven by hand with its own clock, years ahead, so no
 * scheduled run of any other test's application touches the message.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxDispatcherTests {

    @Autowired
    OutboxMessages messages;

    @Autowired
    ShopProperties shop;

    @Autowired
    PlatformTransactionManager transactionManager;

    final Instant later = Instant.now().plus(3650, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    final MutableClock clock = new MutableClock(later);

    static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    OutboxDispatcher dispatcherTo(int port, int maxAttempts) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        var properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return new OutboxDispatcher(
                messages,
                sender,
                shop,
                new OutboxProperties(Duration.ofSeconds(5), maxAttempts, 10, Period.ofYears(2)),
                clock,
                transactionManager);
    }

    UUID pendingMessage() {
        var id = UUID.randomUUID();
        messages.insert(new OutboxMessage(
                id,
                EmailKind.TRANSACTIONAL,
                "retry-" + id + "@example.com",
                "Your order",
                "<p>Hello</p>",
                "Hello",
                OutboxStatus.PENDING,
                0,
                later,
                Instant.now(),
                null,
                null));
        return id;
    }

    @Test
    void unreachableServerBacksOffThenGivesUp() throws Exception {
        var dispatcher = dispatcherTo(closedPort(), 3);
        var id = pendingMessage();

        assertThat(dispatcher.dispatch(id)).contains(OutboxStatus.PENDING);
        var first = messages.find(id).orElseThrow();
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(later.plus(Duration.ofMinutes(1)));
        assertThat(first.lastError()).isNotBlank().doesNotContain(first.recipient());

        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatch(id)).contains(OutboxStatus.PENDING);
        var second = messages.find(id).orElseThrow();
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5));
        assertThat(dispatcher.dispatch(id)).contains(OutboxStatus.FAILED);
        var failed = messages.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.sentAt()).isNull();

        assertThat(dispatcher.dispatch(id))
                .as("a failed message waits for staff")
                .isEmpty();
    }

    @Test
    void backoffGrowsAndLevelsOff() {
        assertThat(Backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Backoff.after(3)).isEqualTo(Duration.ofMinutes(30));
        assertThat(Backoff.after(4)).isEqualTo(Duration.ofHours(2));
        assertThat(Backoff.after(7)).isEqualTo(Backoff.after(20)).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void deletesMessagesPastTheirRetention() {
        var old = UUID.randomUUID();
        var recent = pendingMessage();
        messages.insert(new OutboxMessage(
                old,
                EmailKind.TRANSACTIONAL,
                "old-" + old + "@example.com",
                "Old",
                "<p>Old</p>",
                "Old",
                OutboxStatus.SENT,
                1,
                null,
                Instant.now().minus(800, ChronoUnit.DAYS),
                Instant.now().minus(800, ChronoUnit.DAYS),
                null));
        var retention = new NotificationsConfiguration.OutboxRetention(
                messages,
                new OutboxProperties(Duration.ofSeconds(5), 8, 10, Period.ofYears(2)),
                java.time.Clock.systemUTC());

        assertThat(retention.deleteExpired()).isPositive();

        assertThat(messages.find(old)).isEmpty();
        assertThat(messages.find(recent)).isPresent();
    }
}
