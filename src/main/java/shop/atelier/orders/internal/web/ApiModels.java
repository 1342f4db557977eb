package shop.atelier.orders.internal.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.internal.Address;
import shop.atelier.orders.internal.CartView;
import shop.atelier.orders.internal.Contact;
import shop.atelier.orders.internal.OrderDetails;
import shop.atelier.orders.internal.OrderListItem;
import shop.atelier.orders.internal.PlacedOrder;
import shop.atelier.platform.Money;

/** The JSON the API answers with. Money is {@code {"minor": 2490, "currency": "EUR"}}. */
final class ApiModels {

    private ApiModels() {}

    @Schema(description = "An amount in the currency's minor units (cents)")
    record Amount(long minor, String currency) {

        static @Nullable Amount of(@Nullable Money money) {
            return money == null
                    ? null
                    : new Amount(money.minor(), money.currency().getCurrencyCode());
        }
    }

    record CartCreated(
            UUID cartId,

            @Schema(
                    description = "Send it back as header X-Cart-Token with every request about this cart;"
                            + " it is shown only once")
            String cartToken) {}

    record CartJson(
            UUID cartId, List<CartLineJson> lines, @Nullable Amount total, int itemCount) {

        static CartJson of(CartView cart) {
            return new CartJson(
                    cart.id() == null ? null : cart.id().value(),
                    cart.lines().stream().map(CartLineJson::of).toList(),
                    Amount.of(cart.total()),
                    cart.itemCount());
        }
    }

    record CartLineJson(
            UUID lineId,
            UUID variantId,
            String productName,
            String variantName,
            String sku,
            int quantity,
            Map<String, String> personalization,
            @Nullable Amount unitPrice,
            @Nullable Amount lineTotal,

            @Schema(description = "false if the shop no longer sells the item; remove it before checkout")
            boolean available) {

        static CartLineJson of(CartView.Line line) {
            var personalization = new LinkedHashMap<String, String>();
            line.personalization().forEach(value -> personalization.put(value.slotKey(), value.value()));
            return new CartLineJson(
                    line.id(),
                    line.variantId().value(),
                    line.productName(),
                    line.variantName(),
                    line.sku(),
                    line.quantity(),
                    personalization,
                    Amount.of(line.unitPrice()),
                    Amount.of(line.lineTotal()),
                    line.available());
        }
    }

    record CheckoutResponse(
            UUID orderId,
            String orderNumber,
            OrderStatus status,

            @Schema(
                    description = "Send the customer here to pay; null if the payment provider could not be"
                            + " reached (the order is then PAYMENT_FAILED)")
            @Nullable
            URI paymentUrl,

            @Schema(
                    description =
                            "Opens the order at /orders/track/{trackingToken} without an account; shown" + " only once")
            String trackingToken) {

        static CheckoutResponse of(PlacedOrder order) {
            return new CheckoutResponse(
                    order.id().value(),
                    order.number(),
                    order.status(),
                    order.paymentUrl(),
                    order.trackingToken().value());
        }
    }

    record OrderSummaryJson(UUID orderId, String orderNumber, OrderStatus status, Amount total, Instant placedAt) {

        static OrderSummaryJson of(OrderListItem item) {
            return new OrderSummaryJson(
                    item.id().value(), item.number(), item.status(), Amount.of(item.total()), item.placedAt());
        }
    }

    record OrderJson(
            UUID orderId,
            String orderNumber,
            OrderStatus status,
            Instant placedAt,
            Amount total,
            @Nullable ContactJson contact,
            @Nullable AddressJson shippingAddress,
            @Nullable AddressJson billingAddress,
            List<OrderLineJson> lines,
            List<HistoryJson> history) {

        static OrderJson of(OrderDetails order) {
            return new OrderJson(
                    order.id().value(),
                    order.number(),
                    order.status(),
                    order.placedAt(),
                    Amount.of(order.total()),
                    ContactJson.of(order.contact()),
                    AddressJson.of(order.shippingAddress()),
                    AddressJson.of(order.billingAddress()),
                    order.lines().stream()
                            .map(line -> new OrderLineJson(
                                    line.productName(),
                                    line.variantName(),
                                    line.sku(),
                                    line.quantity(),
                                    Amount.of(line.unitPrice()),
                                    Amount.of(line.lineTotal()),
                                    line.personalization().stream()
                                            .map(value -> new PersonalizationJson(
                                                    value.slotKey(),
                                                    value.label(),
                                                    value.type().name(),
                                                    value.value()))
                                            .toList()))
                            .toList(),
                    order.statusChanges().stream()
                            .map(t -> new HistoryJson(t.from(), t.to(), t.at()))
                            .toList());
        }
    }

    record ContactJson(String name, String email, @Nullable String phone) {

        static @Nullable ContactJson of(@Nullable Contact contact) {
            return contact == null ? null : new ContactJson(contact.name(), contact.email(), contact.phone());
        }
    }

    record AddressJson(
            String name, String line1, @Nullable String line2, String postalCode, String city, String country) {

        static @Nullable AddressJson of(@Nullable Address address) {
            return address == null
                    ? null
                    : new AddressJson(
                            address.name(),
                            address.line1(),
                            address.line2(),
                            address.postalCode(),
                            address.city(),
                            address.country());
        }
    }

    record OrderLineJson(
            String productName,
            String variantName,
            String sku,
            int quantity,
            Amount unitPrice,
            Amount lineTotal,
            List<PersonalizationJson> personalization) {}

    record PersonalizationJson(String slotKey, String label, String type, String value) {}

    record HistoryJson(@Nullable OrderStatus from, OrderStatus to, Instant at) {}
}
