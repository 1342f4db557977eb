package shop.atelier.orders.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.platform.Money;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.UploadScope;

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

    /** Where the materials uploaded for the order are kept. */
    public UploadScope uploadScope() {
        return UploadScope.order(id.value());
    }

    /** The uploaded materials the lines name (photo, video and text-file slots). */
    public Set<MaterialId> materials() {
        return Materials.referencedBy(lines);
    }

    /** The material a personalization value names, if it is a file slot's. */
    public Optional<MaterialId> material(PersonalizationValue value) {
        return Materials.of(value);
    }

    /** Whether a line asks for a design preview to be approved. */
    public boolean needsProof() {
        return lines.stream().anyMatch(OrderLine::needsProof);
    }

    /** The design previews wait for the customer. */
    public boolean proofing() {
        return status == OrderStatus.PROOFING;
    }

    /** Paid and not yet shipped: the thank-you note still fits. */
    public boolean recentlyPaid() {
        return status == OrderStatus.PAID || status == OrderStatus.PROOFING || status == OrderStatus.IN_PRODUCTION;
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
