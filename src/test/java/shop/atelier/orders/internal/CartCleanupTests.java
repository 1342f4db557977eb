package shop.atelier.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@OrdersModuleTest
class CartCleanupTests {

    @Autowired
    CartRepository carts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void cartsUntouchedLongerThanTheRetentionAreDeleted() {
        var abandoned = Cart.empty(CartId.random(), null);
        var recent = Cart.empty(CartId.random(), null);
        transactions.executeWithoutResult(status -> {
            carts.create(abandoned, null, clock.instant().minus(Duration.ofDays(31)));
            carts.create(recent, null, clock.instant().minus(Duration.ofDays(29)));
        });
        var task = new CartCleanup().ordersCartCleanup(carts, OrdersProperties.defaults(), transactions, clock);

        task.execute(null, null);

        assertThat(carts.find(abandoned.id())).isEmpty();
        assertThat(carts.find(recent.id())).isPresent();
    }
}
