package shop.atelier.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import shop.atelier.customers.CustomerId;

/** What other modules may ask about orders. */
public interface Orders {

    Optional<OrderSummary> summary(OrderId id);

    Optional<OrderSummary> summary(String orderNumber);

    /** The customer's orders, newest first. */
    List<OrderSummary> ofCustomer(CustomerId customerId);

    /**
     * The orders placed with this contact address (any letter case), newest first, so a rights
     * request of a guest, who is known by email only, finds everything about their orders. Orders
     * whose contact data was erased are not found.
     */
    List<OrderSummary> ofContactEmail(String email);

    /**
     * The order's contact address, for the registers that must let the person find their records
     * (disclosures, the audit log); empty when the order is unknown or its contact data was erased.
     * For writing to the customer use {@link #contactForMail}.
     */
    Optional<String> contactEmail(OrderId id);

    /** The order a guest's tracking token opens, if the token is valid. */
    Optional<OrderSummary> byTrackingToken(String token);

    /** The order's lines, in the order they were placed; empty for an unknown order. */
    List<OrderLineSummary> lines(OrderId id);

    /**
     * The address and a fresh order-page link for a message about the order; empty when the order
     * is unknown or its contact data was erased.
     */
    Optional<OrderContact> contactForMail(OrderId id);

    /**
     * Every design preview of the order is approved: the order leaves {@link OrderStatus#PROOFING}
     * for {@link OrderStatus#IN_PRODUCTION}. Repeating it changes nothing.
     *
     * @throws IllegalOrderTransition when the order is in another state than PROOFING or IN_PRODUCTION
     */
    void proofsApproved(OrderId id);

    /**
     * Orders in this status, oldest first, at most {@code limit}: e.g. the orders in production that
     * wait for a shipment.
     */
    List<OrderSummary> withStatus(OrderStatus status, int limit);

    /**
     * What a carrier's label needs for the order: recipient name, shipping address, phone and order
     * number, nothing else. Empty when the order is unknown or its contact data was erased.
     */
    Optional<ShippingLabel> shippingLabel(OrderId id);

    /**
     * The order was handed to a carrier: {@link OrderStatus#IN_PRODUCTION} becomes {@link
     * OrderStatus#SHIPPED}. Repeating it (also once the order was delivered or closed) changes nothing.
     *
     * @throws IllegalOrderTransition when the order has not reached production
     * @throws shop.atelier.platform.NotFoundException when there is no such order
     */
    void shipped(OrderId id);

    /**
     * The carrier delivered the order at {@code at}: {@link OrderStatus#SHIPPED} becomes {@link
     * OrderStatus#DELIVERED} and the after-sales window starts ({@link OrderDelivered}). Repeating it
     * (also once the order was closed) changes nothing.
     *
     * @throws IllegalOrderTransition when the order was not shipped
     */
    void delivered(OrderId id, Instant at);

    /**
     * The after-sales window ended: {@link OrderStatus#DELIVERED} becomes {@link OrderStatus#CLOSED}
     * ({@link OrderClosed}). Repeating it changes nothing.
     *
     * @throws IllegalOrderTransition when the order was not delivered
     */
    void closed(OrderId id);
}
