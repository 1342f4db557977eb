package shop.atelier.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.catalog.Catalog;
import shop.atelier.orders.IllegalOrderTransition;
import shop.atelier.orders.OrderClosed;
import shop.atelier.orders.OrderDelivered;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.Orders;
import shop.atelier.orders.ShippingLabel;
import shop.atelier.payments.Payments;
import shop.atelier.platform.NotFoundException;

/** From production to the carrier, to the customer, to the end of the after-sales window. */
@OrdersModuleTest
class OrderShippingTests {

    @Autowired
    Orders orders;

    @Autowired
    CartService carts;

    @Autowired
    CheckoutService checkout;

    @Autowired
    Catalog catalog;

    @Autowired
    Payments payments;

    @Autowired
    OrderRepository repository;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    OrderTestSupport support;
    PlacedOrder order;

    @BeforeEach
    void placeAnOrderInProduction() {
        support = new OrderTestSupport(carts, checkout, payments, jdbc);
        order = support.placeAsGuest(new CatalogFixture(catalog).product("Oak board " + UUID.randomUUID(), 3900));
        transaction.executeWithoutResult(status -> {
            var loaded = repository.findForUpdate(order.id()).orElseThrow();
            var now = Instant.now();
            loaded.confirmPayment(loaded.total(), Actor.paymentProvider("test"), null, now);
            loaded.startWork(now);
            repository.save(loaded, now);
        });
    }

    @Test
    void theLabelHoldsOnlyWhatAParcelNeeds() {
        assertThat(orders.shippingLabel(order.id()))
                .contains(new ShippingLabel(
                        order.number(), "Ann Example", "Hauptstraße 1", "Hinterhaus", "10115", "Berlin", "DE", null));
        assertThat(orders.shippingLabel(new OrderId(UUID.randomUUID()))).isEmpty();
        assertThat(ShippingLabel.class.getRecordComponents())
                .extracting(component -> component.getName())
                .doesNotContain("email", "billingAddress", "total", "lines");
    }

    @Test
    void anOrderInProductionIsListedShippedDeliveredAndClosedEachStepOnce(Scenario scenario) {
        assertThat(orders.withStatus(OrderStatus.IN_PRODUCTION, 10_000))
                .extracting(summary -> summary.id())
                .contains(order.id());

        orders.shipped(order.id());
        orders.shipped(order.id());
        assertThat(support.status(order.id())).isEqualTo("SHIPPED");

        var deliveredAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        scenario.stimulate(() -> orders.delivered(order.id(), deliveredAt))
                .andWaitForEventOfType(OrderDelivered.class)
                .matching(event -> event.orderId().equals(order.id()))
                .toArriveAndVerify(event -> assertThat(event.at()).isEqualTo(deliveredAt));
        orders.delivered(order.id(), Instant.now());
        orders.shipped(order.id());
        assertThat(repository.find(order.id()).orElseThrow().deliveredAt())
                .as("the carrier's time is remembered, a repeated report does not move it")
                .isEqualTo(deliveredAt);

        scenario.stimulate(() -> orders.closed(order.id()))
                .andWaitForEventOfType(OrderClosed.class)
                .matching(event -> event.orderId().equals(order.id()))
                .toArrive();
        orders.closed(order.id());
        orders.delivered(order.id(), Instant.now());

        assertThat(support.history(order.id()))
                .endsWith(
                        "IN_PRODUCTION>SHIPPED by carrier",
                        "SHIPPED>DELIVERED by carrier",
                        "DELIVERED>CLOSED by system");
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> orders.delivered(order.id(), Instant.now()))
                .isInstanceOf(IllegalOrderTransition.class);
        assertThatThrownBy(() -> orders.closed(order.id())).isInstanceOf(IllegalOrderTransition.class);
        assertThatThrownBy(() -> orders.shipped(new OrderId(UUID.randomUUID()))).isInstanceOf(NotFoundException.class);
        assertThat(support.status(order.id())).isEqualTo("IN_PRODUCTION");
    }
}
