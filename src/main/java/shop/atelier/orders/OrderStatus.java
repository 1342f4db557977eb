package shop.atelier.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands. The allowed transitions are defined in one place, {@link #next()}: a new
 * state is one constant plus one line there (the switch is exhaustive, so the compiler asks for it).
 */
public enum OrderStatus {
    /** Checked out; payment not yet confirmed. */
    PLACED,
    /** The payment provider confirmed the payment. */
    PAID,
    /** The payment was declined; the customer may pay again. */
    PAYMENT_FAILED,
    /** A design preview awaits the customer's approval. */
    PROOFING,
    /** A workshop is making the order. */
    IN_PRODUCTION,
    /** Handed to the carrier. */
    SHIPPED,
    /** The carrier delivered it; the after-sales window runs. */
    DELIVERED,
    /** Cancelled before payment. */
    CANCELLED,
    /** The after-sales window ended. */
    CLOSED;

    /** The states this one may change into. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PLACED -> EnumSet.of(PAID, PAYMENT_FAILED, CANCELLED);
            case PAYMENT_FAILED -> EnumSet.of(PLACED, PAID, CANCELLED);
            case PAID -> EnumSet.of(PROOFING, IN_PRODUCTION);
            case PROOFING -> EnumSet.of(IN_PRODUCTION);
            case IN_PRODUCTION -> EnumSet.of(SHIPPED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(CLOSED);
            case CANCELLED, CLOSED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canBecome(OrderStatus target) {
        return next().contains(target);
    }

    /** Whether the shop has received the money for the order. */
    public boolean paymentReceived() {
        return switch (this) {
            case PAID, PROOFING, IN_PRODUCTION, SHIPPED, DELIVERED, CLOSED -> true;
            case PLACED, PAYMENT_FAILED, CANCELLED -> false;
        };
    }
}
