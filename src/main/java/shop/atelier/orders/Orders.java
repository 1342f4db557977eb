package shop.atelier.orders;

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
}
