package shop.atelier.orders;

import java.util.List;
import java.util.Optional;
import shop.atelier.customers.CustomerId;

/** What other modules may ask about orders. */
public interface Orders {

    Optional<OrderSummary> summary(OrderId id);

    Optional<OrderSummary> summary(String orderNumber);

    /** The customer's orders, newest first. */
    List<OrderSummary> ofCustomer(CustomerId customerId);
}
