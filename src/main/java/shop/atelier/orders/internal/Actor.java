package shop.atelier.orders.internal;

import java.util.Objects;

/**
 * Who caused a change of an order, as written to its history: {@code customer}, {@code
 * payment-provider:sandbox}, {@code staff:ann@example.com} or {@code system}.
 */
public record Actor(String value) {

    public static final Actor CUSTOMER = new Actor("customer");
    public static final Actor SYSTEM = new Actor("system");
    /** The carrier reported progress (through the shipping module). */
    public static final Actor CARRIER = new Actor("carrier");
    /** The customer approved the design previews (through the proofs module). */
    public static final Actor CUSTOMER_APPROVAL = new Actor("customer approval");

    public Actor {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("An actor must be named");
        }
    }

    public static Actor staff(String username) {
        return new Actor("staff:" + username);
    }

    public static Actor paymentProvider(String provider) {
        return new Actor("payment-provider:" + provider);
    }

    /** The kind of actor without the person: {@code staff} instead of {@code staff:ann@example.com}. */
    public String kind() {
        var colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }

    @Override
    public String toString() {
        return value;
    }
}
