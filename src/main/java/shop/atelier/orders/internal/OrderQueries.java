package shop.atelier.orders.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.SecretToken;

/**
 * Reads orders for the people allowed to see them. Someone who may not see an order learns nothing
 * about it, not even that it exists: every refusal is a "not found".
 */
@Service
@Transactional(readOnly = true)
public class OrderQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private final OrderRepository orders;

    OrderQueries(OrderRepository orders) {
        this.orders = orders;
    }

    public OrderDetails byTrackingToken(String token) {
        return orders.findByTrackingToken(SecretToken.hash(token))
                .flatMap(orders::find)
                .map(OrderDetails::of)
                .orElseThrow(OrderQueries::notFound);
    }

    public OrderDetails ofCustomer(OrderId id, CustomerId customer) {
        return orders.find(id)
                .filter(order -> order.belongsTo(customer))
                .map(OrderDetails::of)
                .orElseThrow(OrderQueries::notFound);
    }

    public List<OrderListItem> ofCustomer(CustomerId customer) {
        return orders.ofCustomer(customer);
    }

    /** For staff: any order. */
    public OrderDetails byId(OrderId id) {
        return orders.find(id).map(OrderDetails::of).orElseThrow(OrderQueries::notFound);
    }

    public OrderPage page(@Nullable OrderStatus status, int page, int size) {
        var pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        var pageIndex = Math.max(0, page);
        return new OrderPage(
                orders.page(status, pageIndex * pageSize, pageSize), status, pageIndex, pageSize, orders.count(status));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such order");
    }
}
