package shop.atelier.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shop.atelier.orders.internal.OrderFixtures.NOW;
import static shop.atelier.orders.internal.OrderFixtures.placed;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shop.atelier.orders.IllegalOrderTransition;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderPaid;
import shop.atelier.orders.OrderPlaced;
import shop.atelier.orders.OrderStatus;
import shop.atelier.platform.BusinessRuleException;
import shop.atelier.platform.Money;

class OrderTests {

    static final Actor PROVIDER = Actor.paymentProvider("sandbox");

    @Test
    void aPlacedOrderTotalsItsLinesAndRecordsItsPlacement() {
        var order = placed();

        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.total()).isEqualTo(Money.of(2980, "EUR"));
        assertThat(order.history()).singleElement().satisfies(t -> {
            assertThat(t.from()).isNull();
            assertThat(t.to()).isEqualTo(OrderStatus.PLACED);
            assertThat(t.actor()).isEqualTo(Actor.CUSTOMER);
            assertThat(t.at()).isEqualTo(NOW);
        });
        assertThat(order.events()).containsExactly(new OrderPlaced(order.id(), order.number()));
    }

    @Test
    void anOrderNeedsLines() {
        assertThatThrownBy(() -> Order.place(
                        OrderId.random(),
                        "A-1",
                        null,
                        OrderFixtures.contact("a@example.com"),
                        OrderFixtures.address(),
                        OrderFixtures.address(),
                        List.of(),
                        Actor.CUSTOMER,
                        NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Every pair of states: the legal ones move the order and log it, the others throw and change nothing. */
    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void transitionsFollowTheTable(OrderStatus from, OrderStatus to) {
        var order = orderIn(from);
        var historySize = order.history().size();
        var staff = Actor.staff("bob@atelier.example");

        if (from.canBecome(to)) {
            order.transitionTo(to, staff, "because", NOW.plusSeconds(60));

            assertThat(order.status()).isEqualTo(to);
            assertThat(order.history()).hasSize(historySize + 1);
            assertThat(order.history().getLast())
                    .isEqualTo(new Transition(from, to, NOW.plusSeconds(60), staff, "because"));
        } else {
            assertThatThrownBy(() -> order.transitionTo(to, staff, null, NOW))
                    .isInstanceOf(IllegalOrderTransition.class)
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining(from + " and cannot become " + to);
            assertThat(order.status()).isEqualTo(from);
            assertThat(order.history()).hasSize(historySize);
        }
    }

    static Stream<Arguments> allPairs() {
        return Stream.of(OrderStatus.values())
                .flatMap(from -> Stream.of(OrderStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @Test
    void confirmedPaymentOfTheTotalMarksPaidOnce() {
        var order = placed();

        assertThat(order.confirmPayment(Money.of(2980, "EUR"), PROVIDER, "pay_1", NOW))
                .isEqualTo(Order.PaymentOutcome.MARKED_PAID);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.events()).contains(new OrderPaid(order.id(), order.number()));
        var history = order.history();

        assertThat(order.confirmPayment(Money.of(2980, "EUR"), PROVIDER, "pay_1", NOW.plusSeconds(5)))
                .isEqualTo(Order.PaymentOutcome.ALREADY_PAID);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.history()).isEqualTo(history);
        assertThat(order.events()).filteredOn(OrderPaid.class::isInstance).hasSize(1);
    }

    @Test
    void aPaymentOfAnotherAmountDoesNotMarkPaidButFlagsTheOrder() {
        var order = placed();

        assertThat(order.confirmPayment(Money.of(1, "EUR"), PROVIDER, "pay_1", NOW))
                .isEqualTo(Order.PaymentOutcome.AMOUNT_MISMATCH);

        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.attention()).contains("0.01 EUR").contains("29.80 EUR");
        assertThat(order.history().getLast().isRemark()).isTrue();
        assertThat(order.events()).noneMatch(OrderPaid.class::isInstance);
    }

    @Test
    void aPaymentInAnotherCurrencyDoesNotMarkPaid() {
        var order = placed();

        assertThat(order.confirmPayment(Money.of(2980, "USD"), PROVIDER, null, NOW))
                .isEqualTo(Order.PaymentOutcome.AMOUNT_MISMATCH);
        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void aPaymentForACancelledOrderIsFlaggedForARefund() {
        var order = placed();
        order.cancel(Actor.staff("bob@atelier.example"), null, NOW);

        assertThat(order.confirmPayment(order.total(), PROVIDER, null, NOW))
                .isEqualTo(Order.PaymentOutcome.NOT_PAYABLE);
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.attention()).contains("refund");
    }

    @Test
    void aFailedPaymentCanBeRetriedAndThenPaid() {
        var order = placed();

        assertThat(order.paymentFailed("card declined", PROVIDER, NOW)).isTrue();
        assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(order.paymentFailed("card declined", PROVIDER, NOW)).isFalse();

        order.retryPayment(Actor.CUSTOMER, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.confirmPayment(order.total(), PROVIDER, null, NOW))
                .isEqualTo(Order.PaymentOutcome.MARKED_PAID);

        var steps = new ArrayList<String>();
        order.history().forEach(t -> steps.add(t.from() + ">" + t.to()));
        assertThat(steps)
                .containsExactly("null>PLACED", "PLACED>PAYMENT_FAILED", "PAYMENT_FAILED>PLACED", "PLACED>PAID");
    }

    @Test
    void aLateFailureDoesNotUndoAPayment() {
        var order = placed();
        order.confirmPayment(order.total(), PROVIDER, null, NOW);

        assertThat(order.paymentFailed("declined", PROVIDER, NOW.plusSeconds(1)))
                .isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aConfirmationAfterAFailureStillMarksPaid() {
        var order = placed();
        order.paymentFailed("declined", PROVIDER, NOW);

        assertThat(order.confirmPayment(order.total(), PROVIDER, null, NOW))
                .isEqualTo(Order.PaymentOutcome.MARKED_PAID);
    }

    @Test
    void onlyAFailedPaymentCanBeRetried() {
        var order = placed();

        assertThatThrownBy(() -> order.retryPayment(Actor.CUSTOMER, NOW)).isInstanceOf(IllegalOrderTransition.class);
    }

    @Test
    void aPaidOrderCannotBeCancelledYet() {
        var order = placed();
        order.confirmPayment(order.total(), PROVIDER, null, NOW);

        assertThatThrownBy(() -> order.cancel(Actor.staff("bob@atelier.example"), null, NOW))
                .isInstanceOf(IllegalOrderTransition.class)
                .hasMessageContaining("PAID and cannot become CANCELLED");
    }

    /** An order moved along legal transitions into the given state. */
    static Order orderIn(OrderStatus status) {
        var order = placed();
        var path = switch (status) {
            case PLACED -> List.<OrderStatus>of();
            case PAYMENT_FAILED -> List.of(OrderStatus.PAYMENT_FAILED);
            case CANCELLED -> List.of(OrderStatus.CANCELLED);
            case PAID -> List.of(OrderStatus.PAID);
            case PROOFING -> List.of(OrderStatus.PAID, OrderStatus.PROOFING);
            case IN_PRODUCTION -> List.of(OrderStatus.PAID, OrderStatus.IN_PRODUCTION);
            case SHIPPED -> List.of(OrderStatus.PAID, OrderStatus.IN_PRODUCTION, OrderStatus.SHIPPED);
            case DELIVERED ->
                List.of(OrderStatus.PAID, OrderStatus.IN_PRODUCTION, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
            case CLOSED ->
                List.of(
                        OrderStatus.PAID,
                        OrderStatus.IN_PRODUCTION,
                        OrderStatus.SHIPPED,
                        OrderStatus.DELIVERED,
                        OrderStatus.CLOSED);
        };
        path.forEach(next -> order.transitionTo(next, Actor.SYSTEM, null, NOW));
        assertThat(order.status()).isEqualTo(status);
        return order;
    }
}
