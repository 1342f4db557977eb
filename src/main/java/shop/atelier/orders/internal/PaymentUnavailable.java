package shop.atelier.orders.internal;

import shop.atelier.orders.OrderId;

/** The payment provider could not start a checkout; the order is PAYMENT_FAILED and can be paid again. */
public class PaymentUnavailable extends RuntimeException {

    private final OrderId orderId;

    public PaymentUnavailable(OrderId orderId, String orderNumber, Throwable cause) {
        super("The payment provider could not start a checkout for order " + orderNumber, cause);
        this.orderId = orderId;
    }

    public OrderId orderId() {
        return orderId;
    }
}
