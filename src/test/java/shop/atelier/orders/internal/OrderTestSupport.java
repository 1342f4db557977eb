package shop.atelier.orders.internal;

import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.orders.OrderId;
import shop.atelier.payments.CheckoutSession;
import shop.atelier.payments.PaymentRequest;
import shop.atelier.payments.Payments;

/** Places orders through the module's own services and reads back what a test needs to check. */
public final class OrderTestSupport {

    private final CartService carts;
    private final CheckoutService checkout;
    private final JdbcClient jdbc;

    public OrderTestSupport(CartService carts, CheckoutService checkout, Payments payments, JdbcClient jdbc) {
        this.carts = carts;
        this.checkout = checkout;
        this.jdbc = jdbc;
        when(payments.startCheckout(any()))
                .thenAnswer(invocation -> new CheckoutSession(
                        "ref",
                        URI.create("https://pay.example/checkout/"
                                + invocation
                                        .getArgument(0, PaymentRequest.class)
                                        .orderId())));
    }

    public static String uniqueEmail() {
        return "ann-" + UUID.randomUUID() + "@example.com";
    }

    /** Two engraved items of the variant, as a guest (or as the customer {@code Customers.signedIn()} names). */
    public PlacedOrder place(PricedVariant variant, String email) {
        var cart = carts.createApiCart();
        carts.addLine(cart.id(), variant.variantId(), 2, Map.of("engraving", "For Ann"));
        var address = new Address("Ann Example", "Hauptstraße 1", "Hinterhaus", "10115", "Berlin", "DE");
        return checkout.checkout(
                cart.id(), new CheckoutDetails(new Contact("Ann Example", email, null), address, address));
    }

    public String status(OrderId id) {
        return jdbc.sql("select status from orders where id = ?")
                .param(id.value())
                .query(String.class)
                .single();
    }

    public List<String> history(OrderId id) {
        return jdbc.sql("""
                        select coalesce(from_status, '-') || '>' || to_status || ' by ' || actor
                        from order_transitions where order_id = ? order by id""").param(id.value()).query(String.class).list();
    }

    /** Waits until the listeners handled {@code count} events about the order. */
    public void awaitHandled(OrderId id, int count) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("""
                                select count(*) from event_publication
                                where serialized_event like :order and completion_date is not null
                                  and listener_id like '%PaymentListener%'""")
                                .param("order", "%" + id.value() + "%")
                                .query(Integer.class)
                                .single()
                        >= count);
    }

    public PlacedOrder placeAsGuest(PricedVariant variant) {
        return place(variant, uniqueEmail());
    }

    /** Places the order while {@code Customers.signedIn()} names the customer. */
    public PlacedOrder placeAs(CustomerProfile customer, PricedVariant variant, Customers customers) {
        when(customers.signedIn()).thenReturn(Optional.of(customer));
        try {
            return place(variant, customer.email());
        } finally {
            when(customers.signedIn()).thenReturn(Optional.empty());
        }
    }

    public String status(PlacedOrder order) {
        return status(order.id());
    }

    public List<String> history(PlacedOrder order) {
        return history(order.id());
    }

    public String email(PlacedOrder order) {
        return jdbc.sql("select contact_email from orders where id = ?")
                .param(order.id().value())
                .query(String.class)
                .single();
    }
}
