package shop.atelier.shipping.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.orders.IllegalOrderTransition;
import shop.atelier.orders.OrderContact;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;
import shop.atelier.platform.NotFoundException;
import shop.atelier.privacy.AuditLog;
import shop.atelier.privacy.Disclosure;
import shop.atelier.privacy.Disclosures;
import shop.atelier.privacy.spi.LegalBasis;

/**
 * Creates shipments: the carrier receives the label data, the order becomes SHIPPED, the handover
 * is written to the disclosure register and the customer is told, all in one transaction. Nothing
 * is stored when the carrier refuses the label.
 */
@Service
public class ShippingService {

    /** How many orders in production the staff list shows. */
    static final int READY_LIMIT = 200;

    private final Orders orders;
    private final Carriers carriers;
    private final Shipments shipments;
    private final Disclosures disclosures;
    private final AuditLog auditLog;
    private final ShippingMail mail;
    private final Clock clock;

    private final MadeOrders made;

    ShippingService(
            Orders orders,
            Carriers carriers,
            Shipments shipments,
            Disclosures disclosures,
            AuditLog auditLog,
            ShippingMail mail,
            MadeOrders made,
            Clock clock) {
        this.made = made;
        this.orders = orders;
        this.carriers = carriers;
        this.shipments = shipments;
        this.disclosures = disclosures;
        this.auditLog = auditLog;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Hands the order's label to the carrier and records the shipment. The order row stays locked
     * while the carrier is called; if the carrier refuses, the whole change rolls back.
     *
     * @throws NotFoundException for an unknown order or carrier, or an order without contact data
     * @throws IllegalOrderTransition when the order is not in production
     * @throws NotMadeYet when the workshops have not finished every item
     * @throws AlreadyShipped when the order has a shipment
     * @throws CarrierUnavailable when the carrier did not take the label
     */
    @Transactional
    public Shipment dispatch(OrderId orderId, String carrierCode, Parcel parcel) {
        var order = orders.summary(orderId).orElseThrow(() -> new NotFoundException("No such order"));
        var carrier = carriers.get(carrierCode);
        if (order.status() != OrderStatus.IN_PRODUCTION) {
            if (shipments.ofOrder(orderId).isPresent()) {
                throw new AlreadyShipped(order.number());
            }
            throw new IllegalOrderTransition(order.number(), order.status(), OrderStatus.SHIPPED);
        }
        if (!made.made(orderId)) {
            throw new NotMadeYet(order.number());
        }
        // Locks the order until this transaction ends: a second dispatch of the same order waits
        // here and then finds this shipment, so the carrier never gets the label twice.
        orders.shipped(orderId);
        if (shipments.ofOrder(orderId).isPresent()) {
            throw new AlreadyShipped(order.number());
        }
        var label = orders.shippingLabel(orderId)
                .orElseThrow(() -> new NotFoundException("Order " + order.number() + " has no shipping address"));
        var data = LabelData.forCarrier(label, parcel, carrier.requiresPhone());
        var trackingNumber = carrier.dispatch(data);
        var now = clock.instant();
        var shipment = Shipment.dispatch(orderId, order.number(), carrier.code(), trackingNumber, parcel, now);
        shipments.save(shipment);
        var contact = orders.contactForMail(orderId);
        disclosures.record(disclosure(
                order,
                carrier,
                data,
                trackingNumber,
                contact.map(OrderContact::email).orElse(null)));
        mail.dispatched(shipment, carrier.name(), contact);
        return shipment;
    }

    private Disclosure disclosure(
            OrderSummary order, CarrierGateway carrier, LabelData data, String trackingNumber, @Nullable String email) {
        var categories = new ArrayList<>(List.of("contact.name", "contact.address"));
        if (data.label().phone() != null) {
            categories.add("contact.phone");
        }
        var customer = order.customerId();
        return new Disclosure(
                carrier.name(),
                Disclosure.RecipientKind.CARRIER,
                "deliver order " + order.number(),
                LegalBasis.CONTRACT,
                categories,
                customer == null ? null : customer.value(),
                email,
                order.id().value(),
                clock.instant(),
                trackingNumber);
    }

    /** Orders in production without a shipment yet, oldest first. */
    @Transactional(readOnly = true)
    public List<OrderSummary> readyToShip() {
        var inProduction = orders.withStatus(OrderStatus.IN_PRODUCTION, READY_LIMIT);
        var finished =
                made.madeAmong(inProduction.stream().map(OrderSummary::id).toList());
        var shipped = shipments
                .ofOrders(inProduction.stream().map(OrderSummary::id).toList())
                .stream()
                .map(Shipment::orderId)
                .toList();
        return inProduction.stream()
                .filter(order -> finished.contains(order.id()) && !shipped.contains(order.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Shipment> recent(int limit) {
        return shipments.recent(limit);
    }

    @Transactional(readOnly = true)
    public Shipment shipment(UUID id) {
        return shipments.find(id).orElseThrow(() -> new NotFoundException("No such shipment"));
    }

    /**
     * The label of a shipment of a manual carrier, for staff to print: read from the order now (the
     * shipping module keeps no copy) and written to the audit log as an access to personal data.
     *
     * @throws NotFoundException when the shipment is unknown, its carrier prints its own labels, or
     *     the order's contact data was erased
     */
    @Transactional
    public LabelData printableLabel(UUID shipmentId, String staff) {
        var shipment = shipment(shipmentId);
        var carrier = carriers.find(shipment.carrierCode())
                .filter(CarrierGateway::manual)
                .orElseThrow(() -> new NotFoundException("The carrier prints this label"));
        var label = orders.shippingLabel(shipment.orderId())
                .orElseThrow(() -> new NotFoundException("The order's address was erased"));
        var customer =
                orders.summary(shipment.orderId()).map(OrderSummary::customerId).orElse(null);
        auditLog.record(
                staff,
                "STAFF",
                null,
                "print-shipping-label",
                "order:" + shipment.orderId().value(),
                customer == null ? null : customer.value(),
                shipment.orderId().value());
        return LabelData.forCarrier(label, shipment.parcel(), carrier.requiresPhone());
    }

    @Transactional(readOnly = true)
    public List<TrackingReport> reports(UUID shipmentId) {
        return shipments.reports(shipmentId);
    }
}
