package shop.atelier.marketing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import shop.atelier.MutableClock;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.Notifications;
import shop.atelier.privacy.PolicyVersions;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;

/**
 * Promotional mail end to end, over SMTP (GreenMail) and HTTP: double opt-in, campaigns to confirmed
 * subscribers only, the one-click unsubscribe without cookies, erasure, and the rate limit.
 *
 * <p>This application runs on its own clock, years ahead: its campaigns start "in the future", so
 * no other test application sharing the database sends them (and holds their mail for lack of a
 * mail server), and its outbox mail is due only for its own dispatcher. The clock stands still
 * unless a test moves it, which makes the per-minute limit exact.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "atelier.mail.dispatch-interval=PT0.3S",
            "atelier.marketing.send-interval=PT0.5S",
            "atelier.marketing.sends-per-minute=4"
        })
@Import(PromotionalMailTests.Clocks.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PromotionalMailTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MutableClock marketingTestClock() {
            return new MutableClock(Instant.now().plus(3650, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    private static final Pattern CONFIRM_LINK = Pattern.compile("/newsletter/confirm/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    Newsletter newsletter;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignSender sender;

    @Autowired
    MarketingPersonalData personalData;

    @Autowired
    Notifications notifications;

    @Autowired
    PolicyVersions policyVersions;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    /** No cookie jar: every request comes as from a mail client. */
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static String uniqueAddress(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.com";
    }

    List<MimeMessage> receivedBy(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    List<MimeMessage> promotionalReceivedBy(String recipient) {
        return receivedBy(recipient).stream()
                .filter(message -> {
                    try {
                        return message.getHeader("List-Unsubscribe") != null;
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The confirmation link's token, from the {@code nth} email the address received. */
    String confirmationToken(String email, int nth) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> receivedBy(email).size() >= nth);
        var message = receivedBy(email).get(nth - 1);
        assertThat(message.getHeader("List-Unsubscribe"))
                .as("the confirmation is transactional")
                .isNull();
        var matcher = CONFIRM_LINK.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(message));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    String subscribed(String prefix) throws Exception {
        var email = uniqueAddress(prefix);
        newsletter.request(email, null, OptInSource.ACCOUNT, Locale.ENGLISH);
        assertThat(newsletter.confirm(confirmationToken(email, 1))).isPresent();
        return email;
    }

    /** Starts a campaign and lets the sender run, a minute at a time, until nothing is queued. */
    Campaign sendCampaign(String subject) {
        var id = campaigns.draft(subject, "New mugs are here.\n\nTen percent off this week.");
        campaigns.send(id);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            sender.sendDue();
            if (campaigns.campaign(id).status() == CampaignStatus.SENT) {
                return true;
            }
            clock.advance(Duration.ofMinutes(1));
            return false;
        });
        return campaigns.campaign(id);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An RFC 8058 one-click POST, as a mail client sends it: no cookie, no CSRF token. */
    HttpResponse<String> oneClick(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void nothingIsSentBeforeTheAddressConfirmsAndOpeningTheLinkConfirmsNothing() throws Exception {
        var email = uniqueAddress("double-opt-in");

        assertThat(newsletter.request(email, null, OptInSource.ACCOUNT, Locale.ENGLISH))
                .isEqualTo(Newsletter.Requested.CONFIRMATION_SENT);
        var token = confirmationToken(email, 1);
        var page = get("/newsletter/confirm/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"confirm-subscription\"");
        assertThat(newsletter.of(email).orElseThrow().status())
                .as("a link scanner's GET confirms nothing")
                .isEqualTo(SubscriptionStatus.PENDING);

        var before = sendCampaign("Before confirming " + UUID.randomUUID());
        assertThat(promotionalReceivedBy(email)).isEmpty();
        assertThat(before.status()).isEqualTo(CampaignStatus.SENT);

        var confirmed = newsletter.confirm(token).orElseThrow();
        assertThat(confirmed.status()).isEqualTo(SubscriptionStatus.CONFIRMED);
        assertThat(confirmed.confirmedAt()).isEqualTo(clock.instant());
        assertThat(confirmed.policyVersion()).isEqualTo(policyVersions.current());
        assertThat(confirmed.source()).isEqualTo(OptInSource.ACCOUNT);
        assertThat(newsletter.confirm(token))
                .as("a confirmation link works once")
                .isEmpty();
        assertThat(get("/newsletter/confirm/" + token).statusCode()).isEqualTo(404);

        var subject = "After confirming " + UUID.randomUUID();
        sendCampaign(subject);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !promotionalReceivedBy(email).isEmpty());
        assertThat(promotionalReceivedBy(email))
                .singleElement()
                .satisfies(message -> assertThat(message.getSubject()).isEqualTo(subject));
    }

    @Test
    void repeatedRequestsDoNotFloodTheInbox() throws Exception {
        var email = uniqueAddress("flood");
        for (var i = 0; i < 5; i++) {
            newsletter.request(email, null, OptInSource.CHECKOUT, Locale.ENGLISH);
        }
        var token = confirmationToken(email, 1);
        assertThat(jdbc.sql("select count(*) from outbox_messages where recipient = :to")
                        .param("to", email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        clock.advance(Duration.ofMinutes(6));
        newsletter.request(email, null, OptInSource.CHECKOUT, Locale.ENGLISH);
        var renewed = confirmationToken(email, 2);
        assertThat(newsletter.pending(token)).as("asking again renews the link").isEmpty();
        assertThat(newsletter.confirm(renewed)).isPresent();
    }

    @Test
    void aConfirmationLinkExpires() throws Exception {
        var email = uniqueAddress("expires");
        newsletter.request(email, null, OptInSource.CHECKOUT, Locale.ENGLISH);
        var token = confirmationToken(email, 1);

        clock.advance(Duration.ofDays(7).plusSeconds(1));

        assertThat(get("/newsletter/confirm/" + token).statusCode()).isEqualTo(404);
        assertThat(newsletter.confirm(token)).isEmpty();
        newsletter.deleteExpiredRequests();
        assertThat(newsletter.of(email)).isEmpty();
    }

    @Test
    void oneClickUnsubscribeWithoutCookiesStopsAllPromotionalMailButNotTransactionalMail() throws Exception {
        var email = subscribed("one-click");
        var first = "Autumn news " + UUID.randomUUID();
        sendCampaign(first);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !promotionalReceivedBy(email).isEmpty());

        var received = promotionalReceivedBy(email).getFirst();
        var header = received.getHeader("List-Unsubscribe", null);
        assertThat(header).matches("<http://localhost:8080/unsubscribe/[A-Za-z0-9_-]+>");
        assertThat(received.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        var link = URI.create(header.substring(1, header.length() - 1));
        assertThat(link.toString()).doesNotContain(email).doesNotContain(email.substring(0, email.indexOf('@')));
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received))
                .as("the footer carries the same link")
                .contains(link.getPath());

        var response = oneClick(link.getPath());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"unsubscribed\"");
        assertThat(response.headers().allValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.startsWith("ATELIER_SESSION"));
        assertThat(newsletter.of(email)).isEmpty();
        assertThat(newsletter.suppressed(email)).isTrue();

        var second = sendCampaign("Winter news " + UUID.randomUUID());
        assertThat(second.status()).isEqualTo(CampaignStatus.SENT);
        notifications.enqueue(Email.transactional(
                email, "mail.test-message.subject", "mail/notifications/test-message", Map.of(), "Atelier"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> receivedBy(email).stream().anyMatch(message -> {
                    try {
                        return message.getSubject().startsWith("Test message");
                    } catch (Exception e) {
                        return false;
                    }
                }));
        assertThat(promotionalReceivedBy(email))
                .as("only the campaign before the unsubscribe arrived")
                .hasSize(1);

        assertThat(oneClick(link.getPath()).statusCode())
                .as("following the link again is harmless")
                .isEqualTo(200);
        assertThat(get(link.getPath()).statusCode()).isEqualTo(200);
    }

    @Test
    void aNewConfirmedOptInLiftsTheSuppressionAnUnconfirmedOneDoesNot() throws Exception {
        var email = subscribed("again");
        newsletter.unsubscribeAddress(email);
        assertThat(newsletter.suppressed(email)).isTrue();

        newsletter.request(email, null, OptInSource.ACCOUNT, Locale.ENGLISH);
        var token = confirmationToken(email, 2);
        assertThat(newsletter.suppressed(email)).isTrue();

        newsletter.confirm(token);
        assertThat(newsletter.suppressed(email)).isFalse();
    }

    @Test
    void anErasedAddressIsNeverMailedAgainEvenFromAnOldList() throws Exception {
        var email = subscribed("erased");

        var report =
                personalData.erase(DataSubject.guest(email.toUpperCase(Locale.ROOT)), ErasureMode.KEEP_LEGAL_MINIMUM);

        assertThat(report.erased()).anyMatch(line -> line.startsWith(MarketingPersonalData.SUBSCRIPTION));
        assertThat(report.kept())
                .singleElement()
                .satisfies(kept -> assertThat(kept.category()).isEqualTo(MarketingPersonalData.SUPPRESSION));
        assertThat(newsletter.of(email)).isEmpty();
        assertThat(jdbc.sql("select count(*) from marketing_suppressions where address_hash like :email")
                        .param("email", "%" + email + "%")
                        .query(Integer.class)
                        .single())
                .isZero();

        // An old copy of the subscriber list comes back, confirmed and all.
        jdbc.sql("insert into marketing_subscriptions (id, email, address_hash, status, source, locale, requested_at, "
                        + "confirmed_at, policy_version) values (:id, :email, :hash, 'CONFIRMED', 'CHECKOUT', 'en', "
                        + ":at, :at, 'old')")
                .param("id", UUID.randomUUID())
                .param("email", email)
                .param("hash", "stale-" + UUID.randomUUID())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        var control = subscribed("control");

        var campaign = sendCampaign("After the erasure " + UUID.randomUUID());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !promotionalReceivedBy(control).isEmpty());
        assertThat(promotionalReceivedBy(email)).isEmpty();
        assertThat(campaign.skippedCount()).isPositive();
    }

    @Test
    void campaignMailIsWrittenToTheOutboxAtMostTheConfiguredNumberPerMinute() throws Exception {
        clock.advance(Duration.ofMinutes(2));
        for (var i = 0; i < 6; i++) {
            subscribed("rate-" + i);
        }
        var id = campaigns.draft("Rate " + UUID.randomUUID(), "Slowly.");
        var queued = campaigns.send(id);
        assertThat(queued).isGreaterThanOrEqualTo(6);

        sender.sendDue();
        sender.sendDue();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        var inFirstMinute = campaigns.campaign(id).sentCount();
        assertThat(inFirstMinute).isBetween(1, 4);

        clock.advance(Duration.ofSeconds(61));
        sender.sendDue();
        var afterAMinute = campaigns.campaign(id).sentCount();
        assertThat(afterAMinute).isGreaterThan(inFirstMinute).isLessThanOrEqualTo(inFirstMinute + 4);
    }

    @Test
    void transactionalMailIsNotHeldUpByAQueuedCampaign() throws Exception {
        clock.advance(Duration.ofMinutes(2));
        for (var i = 0; i < 5; i++) {
            subscribed("busy-" + i);
        }
        var id = campaigns.draft("Busy " + UUID.randomUUID(), "Lots of mail.");
        campaigns.send(id);
        sender.sendDue();

        var buyer = uniqueAddress("buyer");
        notifications.enqueue(Email.transactional(
                buyer, "mail.test-message.subject", "mail/notifications/test-message", Map.of(), "Atelier"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !receivedBy(buyer).isEmpty());
        assertThat(campaigns.campaign(id).queued())
                .as("the campaign still waits for its allowance")
                .isPositive();
    }

    @Test
    void anAccessRequestShowsTheSubscriptionItsProofAndTheCampaignsReceived() throws Exception {
        var email = subscribed("export");
        var subject = "Export news " + UUID.randomUUID();
        sendCampaign(subject);
        var records = new java.util.ArrayList<Map<String, ?>>();
        var sink = new shop.atelier.privacy.spi.ExportSink() {
            @Override
            public void record(String holder, String kind, Map<String, ?> fields) {
                assertThat(holder).isEqualTo("marketing");
                records.add(fields);
            }

            @Override
            public void file(String holder, String name, String contentType, java.io.InputStream content) {
                throw new AssertionError("marketing holds no files");
            }
        };

        personalData.export(DataSubject.guest(email), sink);

        assertThat(records).singleElement().satisfies(fields -> {
            assertThat(fields.get("email")).isEqualTo(email);
            assertThat(fields.get("status")).isEqualTo("CONFIRMED");
            assertThat(fields.get("policyVersion")).isEqualTo(policyVersions.current());
            assertThat(fields.get("confirmedAt")).isNotNull();
            assertThat(fields.get("campaignsReceived").toString()).contains(subject);
        });

        newsletter.unsubscribeAddress(email);
        records.clear();
        personalData.export(DataSubject.guest(email), sink);
        assertThat(records)
                .singleElement()
                .satisfies(fields -> assertThat(fields.get("reason")).isEqualTo("UNSUBSCRIBED"));
    }

    @Test
    void everyColumnOfTheModulesTablesIsClassified() {
        var inventory = personalData.inventory();
        var classified = new java.util.HashSet<String>(inventory.notPersonal());
        inventory.categories().forEach(category -> classified.addAll(category.columns()));
        var columns = jdbc.sql("select table_name || '.' || column_name from information_schema.columns "
                        + "where table_schema = current_schema() and table_name like 'marketing\\_%'")
                .query(String.class)
                .list();

        assertThat(columns).hasSizeGreaterThan(20);
        assertThat(classified).containsAll(columns);
        assertThat(columns).containsAll(classified);
        assertThat(classified).containsAll(inventory.keptOnErasure());
    }
}
