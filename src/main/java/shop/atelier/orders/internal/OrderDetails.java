package shop.atelier.orders.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.platform.Money;

/** One order as its pages and the API show it. */
public record OrderDetails(
        OrderId id,
        String number,
        OrderStatus status,
        Instant placedAt,
        Money total,
        @Nullable CustomerId customerId,
        @Nullable Contact contact,
        @Nullable Address shippingAddress,
        @Nullable Address billingAddress,
        String billingCountry,
        List<OrderLine> lines,
        List<Transition> history,
        @Nullable String attention,
        boolean anonymized) {

    public OrderDetails {
        lines = List.copyOf(lines);
        history = List.copyOf(history);
    }

    static OrderDetails of(Order order) {
        return new OrderDetails(
                order.id(),
                order.number(),
                order.status(),
                order.placedAt(),
                order.total(),
                order.customerId(),
                order.contact(),
                order.shippingAddress(),
                order.billingAddress(),
                order.billingCountry(),
                order.lines(),
                order.history(),
                order.attention(),
                order.isAnonymized());
    }

    /** Payment started, outcome not known yet: the page keeps asking. */
    public boolean awaitingPayment() {
        return status == OrderStatus.PLACED;
    }

    public boolean canPayAgain() {
        return status == OrderStatus.PAYMENT_FAILED;
    }

    public boolean cancellable() {
        return status.canBecome(OrderStatus.CANCELLED);
    }

    /** The history without remarks: what a customer sees. */
    public List<Transition> statusChanges() {
        return history.stream().filter(t -> !t.isRemark()).toList();
    }

    /** Changes whenever the status or the history does: the status poll answers "no change" while it is the same. */
    public String statusVersion() {
        return status.name() + "-" + history.size();
    }

    public int itemCount() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    /** The message key that names a history entry for people, e.g. {@code orders.timeline.PAID}. */
    public String labelKey(Transition transition) {
        if (transition.isRemark()) {
            return "orders.timeline.remark";
        }
        if (transition.from() == OrderStatus.PAYMENT_FAILED && transition.to() == OrderStatus.PLACED) {
            return "orders.timeline.retry";
        }
        return "orders.timeline." + transition.to().name();
    }
}
