package shop.atelier.payments.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import shop.atelier.payments.CheckoutSession;
import shop.atelier.payments.PaymentEntry;
import shop.atelier.payments.PaymentEventsCollector;
import shop.atelier.payments.PaymentRequest;
import shop.atelier.payments.Payments;
import shop.atelier.platform.Money;

/**
 * The sandbox's hosted checkout driven like a browser would: the page, the Pay or Decline form with
 * its CSRF token and session cookie, the signed webhook the sandbox posts to the shop over HTTP, and
 * the redirect back to the shop.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atelier.payments.sandbox.webhook-secret=" + PaymentWebhookTests.SECRET)
@Import(PaymentEventsCollector.class)
class SandboxPayTests {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Autowired
    Payments payments;

    @Autowired
    PaymentEventsCollector events;

    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    final UUID orderId = UUID.randomUUID();
    final String orderNumber = "T-" + orderId.toString().substring(0, 8);

    String base() {
        return "http://localhost:" + port;
    }

    CheckoutSession startCheckout() {
        return payments.startCheckout(new PaymentRequest(
                orderId, orderNumber, Money.of(2490, "EUR"), URI.create(base() + "/orders/" + orderId + "?paid")));
    }

    HttpResponse<String> get(URI path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(base()).resolve(path))
                        .header("Accept", "text/html")
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> press(String reference, String button, String page) throws Exception {
        var matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("CSRF token on the page").isTrue();
        var form = "_csrf=" + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
        return browser.send(
                HttpRequest.newBuilder(URI.create(base() + "/sandbox-pay/" + reference + "/" + button))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void payingOnTheSandboxPageConfirmsThePaymentAndReturnsToTheShop() throws Exception {
        var session = startCheckout();
        assertThat(payments.ledger(orderId)).extracting(PaymentEntry::kind).containsExactly("CHECKOUT_STARTED");

        var page = get(session.redirectUrl());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Sandbox payment \u2014 no real money")
                .contains(orderNumber)
                .contains("24.90");
        assertThat(INPUT.matcher(page.body()).results())
                .as("the page asks for nothing: no card number, no CVC")
                .isNotEmpty()
                .allSatisfy(input ->
                        assertThat(input.group()).contains("type=\"hidden\"").contains("_csrf"));

        var paid = press(session.reference(), "pay", page.body());

        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).contains(base() + "/orders/" + orderId + "?paid");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(payments.ledger(orderId))
                    .extracting(PaymentEntry::kind)
                    .containsExactly("CHECKOUT_STARTED", "PAID");
            assertThat(events.confirmed(orderId))
                    .singleElement()
                    .satisfies(confirmed -> assertThat(confirmed.amount()).isEqualTo(Money.of(2490, "EUR")));
        });

        var again = get(session.redirectUrl());
        assertThat(again.body()).contains("already been completed: it was paid").doesNotContain("/pay\"");
        var secondClick = press(session.reference(), "pay", page.body());
        assertThat(secondClick.statusCode()).isEqualTo(409);
        assertThat(secondClick.body()).contains("already been completed");
        assertThat(events.confirmed(orderId)).hasSize(1);
    }

    @Test
    void decliningOnTheSandboxPageFailsThePayment() throws Exception {
        var session = startCheckout();
        var page = get(session.redirectUrl());

        var declined = press(session.reference(), "decline", page.body());

        assertThat(declined.statusCode()).isEqualTo(303);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(payments.ledger(orderId))
                    .extracting(PaymentEntry::kind)
                    .containsExactly("CHECKOUT_STARTED", "DECLINED");
            assertThat(events.failed(orderId)).hasSize(1);
        });
        assertThat(events.confirmed(orderId)).isEmpty();
        assertThat(get(session.redirectUrl()).body()).contains("it was declined");
    }

    @Test
    void unknownCheckoutIsNotFound() throws Exception {
        var response = get(URI.create("/sandbox-pay/sbx_no-such-checkout"));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void postingWithoutTheCsrfTokenChangesNothing() throws Exception {
        var session = startCheckout();

        var response = browser.send(
                HttpRequest.newBuilder(URI.create(base() + "/sandbox-pay/" + session.reference() + "/pay"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(payments.ledger(orderId)).extracting(PaymentEntry::kind).containsExactly("CHECKOUT_STARTED");
    }
}
