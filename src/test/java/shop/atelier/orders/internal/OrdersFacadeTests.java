package shop.atelier.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.catalog.Catalog;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.Orders;
import shop.atelier.payments.Payments;
import shop.atelier.platform.Money;

@OrdersModuleTest
class OrdersFacadeTests {

    @Autowired
    Orders facade;

    @Autowired
    CartService carts;

    @Autowired
    CheckoutService checkout;

    @Autowired
    Catalog catalog;

    @Autowired
    Customers customers;

    @Autowired
    Payments payments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void otherModulesFindOrdersByIdNumberAndCustomer() {
        var support = new OrderTestSupport(carts, checkout, payments, jdbc);
        var mug = new CatalogFixture(catalog).product("Photo mug", 1490);
        var customer = new CustomerProfile(CustomerId.random(), "Dana", OrderTestSupport.uniqueEmail(), null);
        var order = support.placeAs(customer, mug, customers);

        var summary = facade.summary(order.id()).orElseThrow();
        assertThat(summary.number()).isEqualTo(order.number());
        assertThat(summary.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(summary.total()).isEqualTo(Money.of(2980, "EUR"));
        assertThat(summary.customerId()).isEqualTo(customer.id());
        assertThat(facade.summary(order.number())).contains(summary);
        assertThat(facade.ofCustomer(customer.id())).containsExactly(summary);
        assertThat(facade.summary(new OrderId(UUID.randomUUID()))).isEmpty();
        assertThat(facade.summary("A-0000-NONE")).isEmpty();
        assertThat(facade.ofContactEmail(customer.email().toUpperCase(java.util.Locale.ROOT)))
                .as("found by contact address, whatever its letter case")
                .containsExactly(summary);
        assertThat(facade.ofContactEmail("nobody-" + UUID.randomUUID() + "@example.com"))
                .isEmpty();
    }
}
