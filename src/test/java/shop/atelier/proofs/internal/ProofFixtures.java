package shop.atelier.proofs.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.SlotType;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderContact;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderLineSummary;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;
import shop.atelier.platform.Money;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/**
 * Orders and uploads as the proofs module sees them, on mocked facades: each order is new, with a
 * unique number, so tests never meet each other's data.
 */
public final class ProofFixtures {

    public static final String PHOTO = UUID.randomUUID().toString();

    private final Orders orders;
    private final Uploads uploads;

    public ProofFixtures(Orders orders, Uploads uploads) {
        this.orders = orders;
        this.uploads = uploads;
        when(uploads.link(any(), any(), any()))
                .thenAnswer(call -> "/files/" + call.getArgument(0, MaterialId.class) + "/"
                        + call.getArgument(1, Rendition.class).name().toLowerCase()
                        + "?for=" + call.getArgument(2, Viewer.class).role());
        when(uploads.store(any(), eq(MaterialKind.PROOF), anyString(), any())).thenAnswer(call -> {
            var filename = call.getArgument(2, String.class);
            drain(call.getArgument(3, InputStream.class));
            return new Material(
                    MaterialId.random(),
                    call.getArgument(0, UploadScope.class),
                    MaterialKind.PROOF,
                    filename.endsWith(".pdf") ? "application/pdf" : "image/png",
                    100,
                    filename,
                    10,
                    10,
                    Instant.now());
        });
    }

    /** An order in proofing with a personalized mug (needs a proof), a plain card (none) and a personalized poster. */
    public Order order(@Nullable CustomerId customer) {
        var id = OrderId.random();
        var number = "P-"
                + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
                        .toUpperCase();
        var lines = List.of(
                new OrderLineSummary(
                        UUID.randomUUID(),
                        "Photo mug",
                        "Large",
                        "MUG-L",
                        1,
                        List.of(
                                new PersonalizationValue("name", "Name", SlotType.TEXT, "For Ann"),
                                new PersonalizationValue("photo", "Photo", SlotType.PHOTO, PHOTO)),
                        true),
                new OrderLineSummary(UUID.randomUUID(), "Gift card", "Plain", "CARD", 1, List.of(), false),
                new OrderLineSummary(
                        UUID.randomUUID(),
                        "Poster",
                        "A3",
                        "POSTER-A3",
                        2,
                        List.of(new PersonalizationValue("text", "Text", SlotType.TEXT, "Happy birthday")),
                        true));
        var order = new Order(id, number, customer, lines, new ArrayList<>(List.of(OrderStatus.PROOFING)));
        when(orders.summary(id)).thenAnswer(call -> Optional.of(order.summary()));
        when(orders.lines(id)).thenReturn(lines);
        var page = customer == null
                ? URI.create("http://localhost:8080/orders/track/tok-" + number)
                : URI.create("http://localhost:8080/account/orders/" + id);
        when(orders.contactForMail(id)).thenReturn(Optional.of(new OrderContact("ann@example.com", page)));
        when(orders.byTrackingToken("tok-" + number)).thenAnswer(call -> Optional.of(order.summary()));
        when(orders.ofCustomer(any())).thenReturn(List.of());
        return order;
    }

    /** An order as the mocked Orders facade returns it; its status can change. */
    public record Order(
            OrderId id,
            String number,
            @Nullable CustomerId customer,
            List<OrderLineSummary> lines,
            List<OrderStatus> status) {

        public OrderSummary summary() {
            return new OrderSummary(
                    id,
                    number,
                    status.getLast(),
                    Money.of(2980, "EUR"),
                    Instant.parse("2026-11-20T10:00:00Z"),
                    customer);
        }

        public void becomes(OrderStatus next) {
            status.add(next);
        }

        public String token() {
            return "tok-" + number;
        }

        public UUID mugLine() {
            return lines.get(0).lineId();
        }

        public UUID posterLine() {
            return lines.get(2).lineId();
        }
    }

    private static void drain(InputStream in) {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
