package shop.atelier.orders;

import shop.atelier.platform.BusinessRuleException;

/** Someone tried to move an order into a state its current state does not lead to. */
public class IllegalOrderTransition extends BusinessRuleException {

    private final OrderStatus from;
    private final OrderStatus to;

    public IllegalOrderTransition(String orderNumber, OrderStatus from, OrderStatus to) {
        super("Order " + orderNumber + " is " + from + " and cannot become " + to + " (allowed from " + from + ": "
                + (from.next().isEmpty() ? "none" : from.next()) + ")");
        this.from = from;
        this.to = to;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }
}
