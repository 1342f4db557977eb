package shop.atelier.orders.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;

@Service
@Transactional(readOnly = true)
class OrdersFacade implements Orders {

    private final OrderRepository orders;

    OrdersFacade(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Optional<OrderSummary> summary(OrderId id) {
        return orders.find(id).map(OrdersFacade::summary);
    }

    @Override
    public Optional<OrderSummary> summary(String orderNumber) {
        return orders.findByNumber(orderNumber).flatMap(this::summary);
    }

    @Override
    public List<OrderSummary> ofCustomer(CustomerId customerId) {
        return orders.ofCustomer(customerId).stream()
                .map(OrderListItem::summary)
                .toList();
    }

    private static OrderSummary summary(Order order) {
        return new OrderSummary(
                order.id(), order.number(), order.status(), order.total(), order.placedAt(), order.customerId());
    }

    @Override
    public java.util.Optional<shop.atelier.orders.OrderSummary> byTrackingToken(String token) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public java.util.List<shop.atelier.orders.OrderLineSummary> lines(shop.atelier.orders.OrderId id) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public java.util.Optional<shop.atelier.orders.OrderContact> contactForMail(shop.atelier.orders.OrderId id) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void proofsApproved(shop.atelier.orders.OrderId id) {
        throw new UnsupportedOperationException("not yet");
    }
}
