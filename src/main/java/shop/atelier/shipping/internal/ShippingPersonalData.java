package shop.atelier.shipping.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;
import shop.atelier.privacy.spi.DataCategory;
import shop.atelier.privacy.spi.DataInventory;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ErasureReport;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;

/**
 * What shipping holds about a person: nothing but the tracking number of each parcel of their
 * orders, which the carrier can link to the label it received. The label data itself (name,
 * address, phone) is never stored here: it is read from the order when the label is sent or
 * printed. A shipment is deleted when its order closes at the end of the after-sales window.
 *
 * <p>Erases before the orders module ({@code @Order} 100 before its 500): a guest's orders are found
 * by their contact email, which the orders module then anonymizes.
 */
@Component
@Order(100)
class ShippingPersonalData implements PersonalDataHolder {

    static final String HOLDER = "shipping";
    private static final List<String> NOT_PERSONAL = List.of(
            "shipping_shipments.id",
            "shipping_shipments.order_id",
            "shipping_shipments.order_number",
            "shipping_shipments.carrier_code",
            "shipping_shipments.status",
            "shipping_shipments.weight_grams",
            "shipping_shipments.length_cm",
            "shipping_shipments.width_cm",
            "shipping_shipments.height_cm",
            "shipping_shipments.dispatched_at",
            "shipping_shipments.last_event_at",
            "shipping_shipments.delivered_at",
            "shipping_shipments.exception_at",
            "shipping_shipments.version",
            "shipping_tracking_events.carrier_code",
            "shipping_tracking_events.event_id",
            "shipping_tracking_events.shipment_id",
            "shipping_tracking_events.status",
            "shipping_tracking_events.at",
            "shipping_tracking_events.received_at",
            "shipping_tracking_events.applied",
            "shipping_made_orders.order_id",
            "shipping_made_orders.made_at");
    static final String CATEGORY = "delivery.tracking";

    private final Shipments shipments;
    private final Orders orders;
    private final Carriers carriers;
    private final ShippingProperties properties;

    ShippingPersonalData(Shipments shipments, Orders orders, Carriers carriers, ShippingProperties properties) {
        this.shipments = shipments;
        this.orders = orders;
        this.carriers = carriers;
        this.properties = properties;
    }

    @Override
    public DataInventory inventory() {
        return new DataInventory(
                HOLDER,
                List.of(new DataCategory(
                        CATEGORY,
                        "The carrier's tracking number of each parcel and the carrier's delivery reports"
                                + " (in transit, delivered, problem); the label data itself stays on the order",
                        "Deliver the order, tell the customer where the parcel is, and handle returns in the"
                                + " after-sales window",
                        LegalBasis.CONTRACT,
                        carriers.all().stream().map(CarrierGateway::name).toList(),
                        "Deleted when the order is closed, "
                                + properties.afterSalesWindow().toDays() + " days after delivery",
                        List.of("shipping_shipments.tracking_number"))),
                NOT_PERSONAL,
                List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public void export(DataSubject subject, ExportSink sink) {
        for (var shipment : shipments.ofOrders(ordersOf(subject))) {
            var fields = new LinkedHashMap<String, Object>();
            fields.put("order", shipment.orderNumber());
            fields.put(
                    "carrier",
                    carriers.find(shipment.carrierCode())
                            .map(CarrierGateway::name)
                            .orElse(shipment.carrierCode()));
            fields.put("trackingNumber", shipment.trackingNumber());
            fields.put("status", shipment.status().name());
            fields.put("dispatchedAt", shipment.dispatchedAt().toString());
            if (shipment.deliveredAt() != null) {
                fields.put("deliveredAt", shipment.deliveredAt().toString());
            }
            fields.put(
                    "reports",
                    shipments.reports(shipment.id()).stream()
                            .map(report -> java.util.Map.of(
                                    "status",
                                    report.status().name(),
                                    "at",
                                    report.at().toString()))
                            .toList());
            sink.record(HOLDER, "shipment", fields);
        }
    }

    /**
     * Deletes the shipments of the person's orders that are delivered or, with {@link
     * ErasureMode#ERASE_ALL}, all of them. A parcel still on its way keeps its tracking number until
     * it is delivered: without it the shop cannot find the parcel for the person.
     */
    @Override
    @Transactional
    public ErasureReport erase(DataSubject subject, ErasureMode mode) {
        var erase = new ArrayList<java.util.UUID>();
        var kept = new ArrayList<ErasureReport.Kept>();
        for (var shipment : shipments.ofOrders(ordersOf(subject))) {
            if (mode == ErasureMode.ERASE_ALL || shipment.deliveredAt() != null) {
                erase.add(shipment.id());
            } else if (kept.isEmpty()) {
                kept.add(new ErasureReport.Kept(
                        CATEGORY,
                        "a parcel is still on its way: needed to deliver it and answer questions about it",
                        null));
            }
        }
        shipments.delete(erase);
        return new ErasureReport(HOLDER, erase.isEmpty() ? List.of() : List.of(CATEGORY), kept);
    }

    private List<OrderId> ordersOf(DataSubject subject) {
        var ids = new LinkedHashSet<OrderId>();
        if (subject.customerId() != null) {
            orders.ofCustomer(new CustomerId(subject.customerId())).stream()
                    .map(OrderSummary::id)
                    .forEach(ids::add);
        }
        orders.ofContactEmail(subject.email()).stream().map(OrderSummary::id).forEach(ids::add);
        return List.copyOf(ids);
    }
}
