package shop.atelier.marketing.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;
import shop.atelier.orders.PromotionalMailRequested;
import shop.atelier.platform.Money;

/** The opt-in ticked at checkout asks the order's contact address to confirm; nothing more. */
class CheckoutOptInsTests {

    final Orders orders = mock(Orders.class);
    final Newsletter newsletter = mock(Newsletter.class);
    final CheckoutOptIns optIns = new CheckoutOptIns(orders, newsletter);

    @Test
    void asksTheOrdersContactAddressToConfirm() {
        var order = OrderId.random();
        var customer = CustomerId.random();
        when(orders.contactEmail(order)).thenReturn(Optional.of("ann@example.com"));
        when(orders.summary(order))
                .thenReturn(Optional.of(new OrderSummary(
                        order, "A-1", OrderStatus.PLACED, Money.of(100, "EUR"), Instant.now(), customer)));

        optIns.on(new PromotionalMailRequested(order));

        verify(newsletter).request(eq("ann@example.com"), eq(customer.value()), eq(OptInSource.CHECKOUT), any());
    }

    @Test
    void doesNothingWhenTheOrdersContactDataIsGone() {
        var order = new OrderId(UUID.randomUUID());
        when(orders.contactEmail(order)).thenReturn(Optional.empty());

        optIns.on(new PromotionalMailRequested(order));

        verify(newsletter, never()).request(anyString(), any(), any(), any());
    }
}
