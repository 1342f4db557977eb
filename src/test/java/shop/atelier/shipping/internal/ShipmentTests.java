package shop.atelier.shipping.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shop.atelier.shipping.ShipmentStatus.DELIVERED;
import static shop.atelier.shipping.ShipmentStatus.DISPATCHED;
import static shop.atelier.shipping.ShipmentStatus.EXCEPTION;
import static shop.atelier.shipping.ShipmentStatus.IN_TRANSIT;
import static shop.atelier.shipping.internal.Shipment.Tracked.CHANGED;
import static shop.atelier.shipping.internal.Shipment.Tracked.UNCHANGED;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.atelier.orders.OrderId;
import shop.atelier.shipping.ShipmentDelivered;
import shop.atelier.shipping.ShipmentDispatched;

/** Carriers report late, twice and out of order; the shipment keeps the newest news and never leaves DELIVERED. */
class ShipmentTests {

    static final Instant DISPATCHED_AT = Instant.parse("2026-11-27T10:00:00Z");

    Shipment shipment = Shipment.dispatch(
            new OrderId(UUID.randomUUID()), "A-1", "manual", "MANUAL-1", new Parcel(800, 30, 20, 10), DISPATCHED_AT);

    static Instant hours(int hours) {
        return DISPATCHED_AT.plus(Duration.ofHours(hours));
    }

    @Test
    void aDispatchedParcelTravelsAndIsDelivered() {
        assertThat(shipment.status()).isEqualTo(DISPATCHED);
        assertThat(shipment.events()).singleElement().isInstanceOf(ShipmentDispatched.class);

        assertThat(shipment.track(IN_TRANSIT, hours(2))).isEqualTo(CHANGED);
        assertThat(shipment.track(DELIVERED, hours(20))).isEqualTo(CHANGED);

        assertThat(shipment.status()).isEqualTo(DELIVERED);
        assertThat(shipment.deliveredAt()).isEqualTo(hours(20));
        assertThat(shipment.events())
                .last()
                .isEqualTo(new ShipmentDelivered(shipment.id(), shipment.orderId(), hours(20)));
    }

    @Test
    void nothingMovesADeliveredParcel() {
        shipment.track(DELIVERED, hours(20));

        assertThat(shipment.track(IN_TRANSIT, hours(2))).as("late news").isEqualTo(UNCHANGED);
        assertThat(shipment.track(EXCEPTION, hours(30))).as("even newer news").isEqualTo(UNCHANGED);
        assertThat(shipment.track(DELIVERED, hours(40))).as("a second delivery").isEqualTo(UNCHANGED);
        assertThat(shipment.status()).isEqualTo(DELIVERED);
        assertThat(shipment.deliveredAt()).isEqualTo(hours(20));
    }

    @Test
    void deliveryWinsEvenWhenItArrivesBeforeOlderNews() {
        assertThat(shipment.track(DELIVERED, hours(20))).isEqualTo(CHANGED);
        assertThat(shipment.track(IN_TRANSIT, hours(5))).isEqualTo(UNCHANGED);
        assertThat(shipment.status()).isEqualTo(DELIVERED);
    }

    @Test
    void anOlderReportDoesNotHideANewerProblem() {
        assertThat(shipment.track(EXCEPTION, hours(10))).isEqualTo(CHANGED);
        assertThat(shipment.track(IN_TRANSIT, hours(3))).isEqualTo(UNCHANGED);
        assertThat(shipment.status()).isEqualTo(EXCEPTION);
        assertThat(shipment.exceptionAt()).isEqualTo(hours(10));

        assertThat(shipment.track(IN_TRANSIT, hours(12)))
                .as("moving again after the problem")
                .isEqualTo(CHANGED);
        assertThat(shipment.status()).isEqualTo(IN_TRANSIT);
    }

    @Test
    void theShopAloneDispatches() {
        assertThatThrownBy(() -> shipment.track(DISPATCHED, hours(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAfterSalesWindowRunsFromTheDelivery() {
        var window = Duration.ofDays(30);
        assertThat(shipment.afterSalesEnded(window, hours(24 * 365)))
                .as("not delivered")
                .isFalse();

        shipment.track(DELIVERED, hours(20));
        assertThat(shipment.afterSalesEnded(window, hours(20).plus(window).minusSeconds(1)))
                .isFalse();
        assertThat(shipment.afterSalesEnded(window, hours(20).plus(window))).isTrue();
    }
}
