package shop.atelier.orders.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.IllegalOrderTransition;
import shop.atelier.orders.OrderCancelled;
import shop.atelier.orders.OrderClosed;
import shop.atelier.orders.OrderDelivered;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderPaid;
import shop.atelier.orders.OrderPlaced;
import shop.atelier.orders.OrderProofingStarted;
import shop.atelier.orders.OrderStatus;
import shop.atelier.platform.Money;

/**
 * An order: a snapshot of what was bought, for whom and where to, and its status. Every change of
 * status goes through {@link #transitionTo}, which checks {@link OrderStatus#next()} and writes
 * the change to the order's history; events for other modules are collected and published when
 * the order is saved.
 */
public final class Order {

    private final OrderId id;
    private final String number;
    private final @Nullable CustomerId customerId;
    private final @Nullable Contact contact;
    private final @Nullable Address shippingAddress;
    private final @Nullable Address billingAddress;
    private final String billingCountry;
    private final List<OrderLine> lines;
    private final Money total;
    private final Instant placedAt;
    private OrderStatus status;
    private @Nullable String attention;
    private final @Nullable Instant anonymizedAt;
    private @Nullable Instant deliveredAt;
    private long version;
    private final List<Transition> history;
    private final List<Transition> unsavedTransitions = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    private Order(
            OrderId id,
            String number,
            @Nullable CustomerId customerId,
            @Nullable Contact contact,
            @Nullable Address shippingAddress,
            @Nullable Address billingAddress,
            String billingCountry,
            List<OrderLine> lines,
            Money total,
            Instant placedAt,
            OrderStatus status,
            @Nullable String attention,
            @Nullable Instant anonymizedAt,
            @Nullable Instant deliveredAt,
            long version,
            List<Transition> history) {
        this.id = id;
        this.number = number;
        this.customerId = customerId;
        this.contact = contact;
        this.shippingAddress = shippingAddress;
        this.billingAddress = billingAddress;
        this.billingCountry = billingCountry;
        this.lines = List.copyOf(lines);
        this.total = total;
        this.placedAt = placedAt;
        this.status = status;
        this.attention = attention;
        this.anonymizedAt = anonymizedAt;
        this.deliveredAt = deliveredAt;
        this.version = version;
        this.history = new ArrayList<>(history);
    }

    /** A customer checks out: the order starts as {@link OrderStatus#PLACED}. */
    public static Order place(
            OrderId id,
            String number,
            @Nullable CustomerId customerId,
            Contact contact,
            Address shippingAddress,
            Address billingAddress,
            List<OrderLine> lines,
            Actor actor,
            Instant at) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An order needs at least one line");
        }
        var total = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        var order = new Order(
                id,
                number,
                customerId,
                Objects.requireNonNull(contact),
                Objects.requireNonNull(shippingAddress),
                Objects.requireNonNull(billingAddress),
                billingAddress.country(),
                lines,
                total,
                at,
                OrderStatus.PLACED,
                null,
                null,
                null,
                -1,
                List.of());
        order.record(new Transition(null, OrderStatus.PLACED, at, actor, null));
        order.events.add(new OrderPlaced(id, number));
        return order;
    }

    /** Rebuilds a stored order. */
    static Order restore(
            OrderId id,
            String number,
            @Nullable CustomerId customerId,
            @Nullable Contact contact,
            @Nullable Address shippingAddress,
            @Nullable Address billingAddress,
            String billingCountry,
            List<OrderLine> lines,
            Money total,
            Instant placedAt,
            OrderStatus status,
            @Nullable String attention,
            @Nullable Instant anonymizedAt,
            @Nullable Instant deliveredAt,
            long version,
            List<Transition> history) {
        return new Order(
                id,
                number,
                customerId,
                contact,
                shippingAddress,
                billingAddress,
                billingCountry,
                lines,
                total,
                placedAt,
                status,
                attention,
                anonymizedAt,
                deliveredAt,
                version,
                history);
    }

    /** The result of a payment confirmation. */
    public enum PaymentOutcome {
        /** The order is now paid. */
        MARKED_PAID,
        /** It was paid before: nothing changed. */
        ALREADY_PAID,
        /** The amount differs from the total: not paid, flagged for staff. */
        AMOUNT_MISMATCH,
        /** The order cannot be paid any more (cancelled): flagged for staff, who must refund. */
        NOT_PAYABLE
    }

    /**
     * The provider confirmed a payment. Marks the order paid only if the amount is exactly the
     * total; a second confirmation changes nothing.
     */
    public PaymentOutcome confirmPayment(Money amount, Actor actor, @Nullable String note, Instant at) {
        if (status.paymentReceived()) {
            return PaymentOutcome.ALREADY_PAID;
        }
        if (!status.canBecome(OrderStatus.PAID)) {
            flag("Payment of " + amount + " received while the order is " + status + ": refund it", actor, at);
            return PaymentOutcome.NOT_PAYABLE;
        }
        if (!amount.equals(total)) {
            flag("Payment of " + amount + " does not match the order total " + total + ": not marked paid", actor, at);
            return PaymentOutcome.AMOUNT_MISMATCH;
        }
        transitionTo(OrderStatus.PAID, actor, note, at);
        attention = null;
        events.add(new OrderPaid(id, number));
        return PaymentOutcome.MARKED_PAID;
    }

    /**
     * The provider declined the payment. Only an order awaiting payment fails; a late decline for an
     * order paid meanwhile (webhooks out of order) or a repeated one changes nothing.
     *
     * @return whether the status changed
     */
    public boolean paymentFailed(String reason, Actor actor, Instant at) {
        if (status != OrderStatus.PLACED) {
            return false;
        }
        transitionTo(OrderStatus.PAYMENT_FAILED, actor, reason, at);
        return true;
    }

    /** The customer wants to try paying again after a failed payment. */
    public void retryPayment(Actor actor, Instant at) {
        if (status != OrderStatus.PAYMENT_FAILED) {
            throw new IllegalOrderTransition(number, status, OrderStatus.PLACED);
        }
        transitionTo(OrderStatus.PLACED, actor, null, at);
    }

    public void cancel(Actor actor, @Nullable String note, Instant at) {
        transitionTo(OrderStatus.CANCELLED, actor, note, at);
        events.add(new OrderCancelled(id));
    }

    /**
     * A paid order goes to work: to {@link OrderStatus#PROOFING} when a line needs a design preview
     * approved first (announced with {@link OrderProofingStarted}), else straight to {@link
     * OrderStatus#IN_PRODUCTION}. The shop decides this, so the history names the system.
     *
     * @throws IllegalOrderTransition if the order is not {@link OrderStatus#PAID}
     */
    public void startWork(Instant at) {
        if (needsProof()) {
            transitionTo(OrderStatus.PROOFING, Actor.SYSTEM, null, at);
            events.add(new OrderProofingStarted(id));
        } else {
            transitionTo(OrderStatus.IN_PRODUCTION, Actor.SYSTEM, null, at);
        }
    }

    /**
     * The customer approved every design preview: production starts. Repeating it once production
     * started changes nothing.
     *
     * @return whether the status changed
     * @throws IllegalOrderTransition if the order is neither in PROOFING nor IN_PRODUCTION
     */
    public boolean proofsApproved(Instant at) {
        if (status == OrderStatus.IN_PRODUCTION) {
            return false;
        }
        if (status != OrderStatus.PROOFING) {
            throw new IllegalOrderTransition(number, status, OrderStatus.IN_PRODUCTION);
        }
        transitionTo(OrderStatus.IN_PRODUCTION, Actor.CUSTOMER_APPROVAL, null, at);
        return true;
    }

    /**
     * The order was handed to a carrier. Repeating it, also after delivery, changes nothing.
     *
     * @return whether the status changed
     * @throws IllegalOrderTransition if the order is not in production (or shipped or later)
     */
    public boolean ship(Instant at) {
        if (reached(OrderStatus.SHIPPED)) {
            return false;
        }
        transitionTo(OrderStatus.SHIPPED, Actor.CARRIER, null, at);
        return true;
    }

    /**
     * The carrier delivered the order at {@code deliveredAt} (the carrier's time, written to the
     * history): the after-sales window starts then. A repeated or late report changes nothing.
     *
     * @return whether the status changed
     * @throws IllegalOrderTransition if the order was not shipped
     */
    public boolean deliver(Instant deliveredAt) {
        if (reached(OrderStatus.DELIVERED)) {
            return false;
        }
        transitionTo(OrderStatus.DELIVERED, Actor.CARRIER, null, deliveredAt);
        this.deliveredAt = deliveredAt;
        events.add(new OrderDelivered(id, deliveredAt));
        return true;
    }

    /**
     * The after-sales window ended. Repeating it changes nothing.
     *
     * @return whether the status changed
     * @throws IllegalOrderTransition if the order was not delivered
     */
    public boolean close(Instant at) {
        if (status == OrderStatus.CLOSED) {
            return false;
        }
        transitionTo(OrderStatus.CLOSED, Actor.SYSTEM, null, at);
        events.add(new OrderClosed(id));
        return true;
    }

    /** Whether the order is at {@code target} or further along the way from shipping to closing. */
    private boolean reached(OrderStatus target) {
        var path = List.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CLOSED);
        return path.contains(status) && path.indexOf(status) >= path.indexOf(target);
    }

    /** Whether some line waits for a design preview to be approved before it is made. */
    public boolean needsProof() {
        return lines.stream().anyMatch(OrderLine::needsProof);
    }

    /**
     * Moves the order into {@code target}, if its current status leads there.
     *
     * @throws IllegalOrderTransition if it does not
     */
    public void transitionTo(OrderStatus target, Actor actor, @Nullable String note, Instant at) {
        if (!status.canBecome(target)) {
            throw new IllegalOrderTransition(number, status, target);
        }
        record(new Transition(status, target, at, actor, note));
        status = target;
    }

    /** Writes a remark to the history and marks the order as needing a look from staff. */
    public void flag(String note, Actor actor, Instant at) {
        attention = note;
        record(new Transition(status, status, at, actor, note));
    }

    private void record(Transition transition) {
        history.add(transition);
        unsavedTransitions.add(transition);
    }

    public OrderId id() {
        return id;
    }

    public String number() {
        return number;
    }

    public @Nullable CustomerId customerId() {
        return customerId;
    }

    public boolean belongsTo(CustomerId customer) {
        return customer.equals(customerId);
    }

    public @Nullable Contact contact() {
        return contact;
    }

    public @Nullable Address shippingAddress() {
        return shippingAddress;
    }

    public @Nullable Address billingAddress() {
        return billingAddress;
    }

    public String billingCountry() {
        return billingCountry;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Money total() {
        return total;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public OrderStatus status() {
        return status;
    }

    /** Why staff should look at the order, if they should. */
    public @Nullable String attention() {
        return attention;
    }

    public @Nullable Instant anonymizedAt() {
        return anonymizedAt;
    }

    /** When the carrier delivered the order, if it did: the start of the after-sales window. */
    public @Nullable Instant deliveredAt() {
        return deliveredAt;
    }

    public boolean isAnonymized() {
        return anonymizedAt != null;
    }

    /** The history, oldest first. */
    public List<Transition> history() {
        return List.copyOf(history);
    }

    long version() {
        return version;
    }

    boolean isNew() {
        return version < 0;
    }

    List<Transition> unsavedTransitions() {
        return List.copyOf(unsavedTransitions);
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    void saved() {
        version++;
        unsavedTransitions.clear();
        events.clear();
    }
}
