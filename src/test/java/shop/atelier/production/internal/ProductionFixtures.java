package shop.atelier.production.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.SlotType;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.customers.PostalAddress;
import shop.atelier.orders.OrderContact;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderLineSummary;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;
import shop.atelier.platform.Money;
import shop.atelier.production.WorkshopId;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/**
 * Orders, customers and uploads as the production module sees them, on mocked facades. Each order
 * is new, with a unique number; its customer has distinctive contact data that every facade method
 * able to return it does return, so a test can prove the portal never shows it.
 */
public final class ProductionFixtures {

    public static final String MARKER_NAME = "Zebulon Quixtrel";
    public static final String MARKER_EMAIL = "zebulon.quixtrel@marker.example";
    public static final String MARKER_PHONE = "+49 170 9988776655";
    public static final String MARKER_STREET = "Quittengasse 4711";
    public static final List<String> MARKERS = List.of(MARKER_NAME, MARKER_EMAIL, MARKER_PHONE, MARKER_STREET);

    private final Orders orders;
    private final Customers customers;
    private final ProductionService production;
    private final Clock clock;

    public ProductionFixtures(
            Orders orders, Customers customers, Uploads uploads, ProductionService production, Clock clock) {
        this.orders = orders;
        this.customers = customers;
        this.production = production;
        this.clock = clock;
        when(uploads.link(any(), any(), any()))
                .thenAnswer(call -> "/files/" + call.getArgument(0, MaterialId.class) + "/"
                        + call.getArgument(1, Rendition.class).name().toLowerCase()
                        + "?for=" + call.getArgument(2, Viewer.class).subject());
        when(customers.inviteWorkshopUser(any(), any())).thenAnswer(call -> CustomerId.random());
        when(customers.byId(any()))
                .thenAnswer(call -> Optional.of(new CustomerProfile(
                        call.getArgument(0, CustomerId.class), MARKER_NAME, MARKER_EMAIL, MARKER_PHONE)));
        when(customers.addresses(any()))
                .thenReturn(List.of(
                        new PostalAddress(MARKER_NAME, MARKER_STREET, null, "10115", "Berlin", "DE", MARKER_PHONE)));
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@workshop.example";
    }

    public Workshop workshop() {
        return production.createWorkshop(unique("Workshop"), null, true);
    }

    /** A craftsman of the workshop; returns the email they sign in with. */
    public String craftsman(Workshop workshop) {
        var email = email("craftsman");
        production.invite(workshop.id(), "Jo Craft", email, "staff@atelier.example");
        return email;
    }

    public LocalDate inAWeek() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone()).plusDays(7);
    }

    public Job assign(Order order, OrderLineSummary line, WorkshopId workshop) {
        return production.assign(order.id(), line.lineId(), workshop, inAWeek(), "staff@atelier.example");
    }

    /** An order in production with an engraved photo mug and a plain card, of a customer with an account. */
    public Order order() {
        return order(CustomerId.random());
    }

    public Order order(@Nullable CustomerId customer) {
        var id = OrderId.random();
        var number = "W-"
                + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
                        .toUpperCase();
        var photo = MaterialId.random();
        var lines = List.of(
                new OrderLineSummary(
                        UUID.randomUUID(),
                        "Photo mug",
                        "Large",
                        "MUG-L",
                        2,
                        List.of(
                                new PersonalizationValue("engraving", "Engraving", SlotType.TEXT, "Happy 40th"),
                                new PersonalizationValue("photo", "Photo", SlotType.PHOTO, photo.toString())),
                        true),
                new OrderLineSummary(UUID.randomUUID(), "Gift card", "Plain", "CARD", 1, List.of(), false));
        var order = new Order(id, number, customer, lines, photo, new ArrayList<>(List.of(OrderStatus.IN_PRODUCTION)));
        when(orders.summary(id)).thenAnswer(call -> Optional.of(order.summary()));
        when(orders.summary(number)).thenAnswer(call -> Optional.of(order.summary()));
        when(orders.lines(id)).thenReturn(lines);
        when(orders.contactEmail(id)).thenReturn(Optional.of(MARKER_EMAIL));
        when(orders.contactForMail(id))
                .thenReturn(Optional.of(
                        new OrderContact(MARKER_EMAIL, URI.create("http://localhost:8080/account/orders/" + id))));
        if (customer != null) {
            when(orders.ofCustomer(eq(customer))).thenReturn(List.of(order.summary()));
        }
        return order;
    }

    /** An order as the mocked Orders facade returns it; its status can change. */
    public record Order(
            OrderId id,
            String number,
            @Nullable CustomerId customer,
            List<OrderLineSummary> lines,
            MaterialId photo,
            List<OrderStatus> status) {

        public OrderSummary summary() {
            return new OrderSummary(
                    id,
                    number,
                    status.getLast(),
                    Money.of(4200, "EUR"),
                    Instant.parse("2026-11-20T10:00:00Z"),
                    customer);
        }

        public OrderLineSummary mug() {
            return lines.get(0);
        }

        public OrderLineSummary card() {
            return lines.get(1);
        }

        public void becomes(OrderStatus next) {
            status.add(next);
        }
    }
}
