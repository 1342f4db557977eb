package shop.atelier.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.EmailKind;
import shop.atelier.notifications.Notifications;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderPaid;
import shop.atelier.payments.PaymentConfirmed;
import shop.atelier.payments.PaymentFailed;
import shop.atelier.payments.Payments;
import shop.atelier.platform.Money;
import shop.atelier.platform.SecretToken;

@OrdersModuleTest
class PaymentListenerTests {

    @Autowired
    CartService carts;

    @Autowired
    CheckoutService checkout;

    @Autowired
    OrderQueries queries;

    @Autowired
    Catalog catalog;

    @Autowired
    Payments payments;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ITemplateEngine templates;

    OrderTestSupport orders;
    PricedVariant mug;
    String email;
    PlacedOrder order;

    @BeforeEach
    void placeOrder() {
        orders = new OrderTestSupport(carts, checkout, payments, jdbc);
        mug = new CatalogFixture(catalog).product("Photo mug", 1490);
        email = OrderTestSupport.uniqueEmail();
        order = orders.place(mug, email);
    }

    @Test
    void aConfirmedPaymentMarksTheOrderPaidStartsProductionAndEnqueuesOneConfirmation(Scenario scenario) {
        scenario.publish(confirmation(order.total()))
                .andWaitForStateChange(() -> orders.status(order.id()), "IN_PRODUCTION"::equals)
                .andVerifyEvents(events -> assertThat(events.ofType(OrderPaid.class)
                                .matching(paid -> paid.orderId().equals(order.id())))
                        .hasSize(1));

        var mail = ArgumentCaptor.forClass(Email.class);
        verify(notifications).enqueue(mail.capture());
        assertThat(mail.getValue().to()).isEqualTo(email);
        assertThat(mail.getValue().kind()).isEqualTo(EmailKind.TRANSACTIONAL);
        assertThat(mail.getValue().subjectKey()).isEqualTo("orders.mail.confirmation.subject");
        assertThat(mail.getValue().subjectArguments()).containsExactly(order.number());
        assertThat(mail.getValue().template()).isEqualTo("mail/orders/confirmation");
        assertThat(orders.history(order.id()))
                .containsExactly(
                        "->PLACED by customer",
                        "PLACED>PAID by payment-provider:sandbox",
                        "PAID>IN_PRODUCTION by system");
    }

    @Test
    void theConfirmationShowsTheOrderAndLinksAGuestToIt(Scenario scenario) {
        scenario.publish(confirmation(order.total()))
                .andWaitForStateChange(() -> orders.status(order.id()), "IN_PRODUCTION"::equals);
        var mail = ArgumentCaptor.forClass(Email.class);
        verify(notifications).enqueue(mail.capture());

        var body = templates.process(
                mail.getValue().template(),
                new Context(mail.getValue().locale(), mail.getValue().model()));

        assertThat(body)
                .contains(order.number())
                .contains("2 × Photo mug")
                .contains("Engraving: For Ann")
                .contains("€29.80")
                .contains("Hauptstraße 1")
                .contains("Hinterhaus")
                .contains("10115")
                .contains("Germany")
                .doesNotContain("<html")
                .doesNotContain("th:");
        var link = (String) mail.getValue().model().get("orderUrl");
        assertThat(body).contains("href=\"" + link + "\"");
        assertThat(link).startsWith("http://localhost:8080/orders/track/");
        var token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(queries.byTrackingToken(token).number()).isEqualTo(order.number());
        assertThat(jdbc.sql("select count(*) from order_tracking_tokens where token_hash = ?")
                        .param(SecretToken.hash(token))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from order_tracking_tokens where token_hash = convert_to(?, 'UTF8')")
                        .param(token)
                        .query(Integer.class)
                        .single())
                .as("the token itself is not stored")
                .isZero();
    }

    @Test
    void aSecondConfirmationChangesNothing(Scenario scenario) {
        scenario.publish(confirmation(order.total()))
                .andWaitForStateChange(() -> orders.status(order.id()), "IN_PRODUCTION"::equals);
        var history = orders.history(order.id());

        scenario.publish(confirmation(order.total())).andWaitForStateChange(() -> handled(2), Boolean::booleanValue);

        assertThat(orders.status(order.id())).isEqualTo("IN_PRODUCTION");
        assertThat(orders.history(order.id())).isEqualTo(history);
        verify(notifications, times(1)).enqueue(any());
    }

    @Test
    void aFailureAfterThePaymentLeavesTheOrderInProduction(Scenario scenario) {
        scenario.publish(confirmation(order.total()))
                .andWaitForStateChange(() -> orders.status(order.id()), "IN_PRODUCTION"::equals);

        scenario.publish(new PaymentFailed(order.id().value(), "sandbox", "declined", Instant.now()))
                .andWaitForStateChange(() -> handled(2), Boolean::booleanValue);

        assertThat(orders.status(order.id())).isEqualTo("IN_PRODUCTION");
        assertThat(orders.history(order.id())).noneMatch(step -> step.contains("PAYMENT_FAILED"));
    }

    @Test
    void aPaymentOfAnotherAmountDoesNotMarkPaid(Scenario scenario) {
        scenario.publish(confirmation(Money.of(100, "EUR")))
                .andWaitForStateChange(() -> attention(order.id()), text -> text != null);

        assertThat(orders.status(order.id())).isEqualTo("PLACED");
        assertThat(attention(order.id())).contains("1.00 EUR").contains("29.80 EUR");
        assertThat(orders.history(order.id())).contains("PLACED>PLACED by payment-provider:sandbox");
        verify(notifications, never()).enqueue(any());
    }

    @Test
    void aDeclinedPaymentFailsTheOrder(Scenario scenario) {
        scenario.publish(new PaymentFailed(order.id().value(), "sandbox", "card declined", Instant.now()))
                .andWaitForStateChange(() -> orders.status(order.id()), "PAYMENT_FAILED"::equals);

        assertThat(queries.byId(order.id()).history().getLast().note()).isEqualTo("card declined");
        verify(notifications, never()).enqueue(any());
    }

    @Test
    void eventsForUnknownOrdersAreIgnored(Scenario scenario) {
        var unknown = new OrderId(UUID.randomUUID());

        scenario.publish(new PaymentConfirmed(unknown.value(), "sandbox", "pay_x", Money.of(100, "EUR"), Instant.now()))
                .andWaitForStateChange(
                        () -> {
                            orders.awaitHandled(unknown, 1);
                            return true;
                        },
                        Boolean::booleanValue);

        verify(notifications, never()).enqueue(any());
    }

    private PaymentConfirmed confirmation(Money amount) {
        return new PaymentConfirmed(order.id().value(), "sandbox", "pay_" + UUID.randomUUID(), amount, Instant.now());
    }

    private boolean handled(int count) {
        orders.awaitHandled(order.id(), count);
        return true;
    }

    private String attention(OrderId id) {
        return jdbc.sql("select attention from orders where id = ?")
                .param(id.value())
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
