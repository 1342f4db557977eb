package shop.atelier.orders.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.VariantId;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderId;
import shop.atelier.platform.Money;

/** Orders for unit tests, as a customer would place them. */
final class OrderFixtures {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private OrderFixtures() {}

    static Contact contact(String email) {
        return new Contact("Ann Example", email, "+49 30 123456");
    }

    static Address address() {
        return new Address("Ann Example", "Hauptstraße 1", null, "10115", "Berlin", "DE");
    }

    static OrderLine line(long unitPriceMinor, int quantity, String engraving) {
        return new OrderLine(
                UUID.randomUUID(),
                ProductId.random(),
                VariantId.random(),
                "Photo mug",
                "Standard",
                "MUG-1",
                Money.of(unitPriceMinor, "EUR"),
                quantity,
                false,
                List.of(new PersonalizationValue("engraving", "Engraving", SlotType.TEXT, engraving)));
    }

    /** A placed order over 2 × €14.90 = €29.80. */
    static Order placed() {
        return placed(null, "ann@example.com");
    }

    static Order placed(@Nullable CustomerId customer, String email) {
        return Order.place(
                OrderId.random(),
                "A-2611-TEST",
                customer,
                contact(email),
                address(),
                address(),
                List.of(line(1490, 2, "For Ann")),
                Actor.CUSTOMER,
                NOW);
    }
}
