package shop.atelier.customers;

import java.util.UUID;

/** The id of a customer's account; other modules keep it to refer to the customer. */
public record CustomerId(UUID value) {

    public static CustomerId random() {
        return new CustomerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
