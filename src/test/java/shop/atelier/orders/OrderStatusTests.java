package shop.atelier.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.atelier.orders.OrderStatus.CANCELLED;
import static shop.atelier.orders.OrderStatus.CLOSED;
import static shop.atelier.orders.OrderStatus.DELIVERED;
import static shop.atelier.orders.OrderStatus.IN_PRODUCTION;
import static shop.atelier.orders.OrderStatus.PAID;
import static shop.atelier.orders.OrderStatus.PAYMENT_FAILED;
import static shop.atelier.orders.OrderStatus.PLACED;
import static shop.atelier.orders.OrderStatus.PROOFING;
import static shop.atelier.orders.OrderStatus.SHIPPED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The transition table, spelled out once more so that a change to it is a deliberate one. */
class OrderStatusTests {

    static final Map<OrderStatus, Set<OrderStatus>> EXPECTED = Map.of(
            PLACED, EnumSet.of(PAID, PAYMENT_FAILED, CANCELLED),
            PAYMENT_FAILED, EnumSet.of(PLACED, PAID, CANCELLED),
            PAID, EnumSet.of(PROOFING, IN_PRODUCTION),
            PROOFING, EnumSet.of(IN_PRODUCTION),
            IN_PRODUCTION, EnumSet.of(SHIPPED),
            SHIPPED, EnumSet.of(DELIVERED),
            DELIVERED, EnumSet.of(CLOSED),
            CANCELLED, EnumSet.noneOf(OrderStatus.class),
            CLOSED, EnumSet.noneOf(OrderStatus.class));

    @Test
    void everyStateHasItsTransitions() {
        assertThat(EXPECTED).containsOnlyKeys(OrderStatus.values());
        for (var from : OrderStatus.values()) {
            assertThat(from.next()).as("from %s", from).isEqualTo(EXPECTED.get(from));
            for (var to : OrderStatus.values()) {
                assertThat(from.canBecome(to))
                        .as("%s -> %s", from, to)
                        .isEqualTo(EXPECTED.get(from).contains(to));
            }
        }
    }

    @Test
    void cancelledAndClosedAreFinal() {
        assertThat(CANCELLED.next()).isEmpty();
        assertThat(CLOSED.next()).isEmpty();
    }

    @Test
    void paymentIsReceivedFromPaidOn() {
        assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::paymentReceived))
                .containsExactlyInAnyOrder(PAID, PROOFING, IN_PRODUCTION, SHIPPED, DELIVERED, CLOSED);
    }

    @Test
    void anIllegalTransitionSaysWhatIsAllowed() {
        var e = new IllegalOrderTransition("A-2611-7K3Q", CANCELLED, PAID);
        assertThat(e).hasMessageContaining("A-2611-7K3Q").hasMessageContaining("is CANCELLED and cannot become PAID");
        assertThat(new IllegalOrderTransition("A-2611-7K3Q", PLACED, SHIPPED))
                .hasMessageContaining("allowed from PLACED: [PAID, PAYMENT_FAILED, CANCELLED]");
    }
}
