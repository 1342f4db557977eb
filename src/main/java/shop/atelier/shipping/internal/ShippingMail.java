package shop.atelier.shipping.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.Notifications;
import shop.atelier.orders.OrderContact;
import shop.atelier.orders.Orders;

/**
 * Delivery updates to the customer (promise U1), through the outbox in the caller's transaction:
 * the parcel is on its way, delivered, or held up. Nothing is sent when the order's contact data
 * was erased. The model holds strings only.
 */
@Component
class ShippingMail {

    static final String DISPATCHED = "mail/shipping/dispatched";
    static final String DELIVERED = "mail/shipping/delivered";
    static final String EXCEPTION = "mail/shipping/exception";

    private final Orders orders;
    private final Notifications notifications;

    ShippingMail(Orders orders, Notifications notifications) {
        this.orders = orders;
        this.notifications = notifications;
    }

    void dispatched(Shipment shipment, String carrierName, Optional<OrderContact> contact) {
        contact.ifPresent(to -> notifications.enqueue(
                email(shipment, carrierName, DISPATCHED, "shipping.mail.dispatched.subject", to)));
    }

    void delivered(Shipment shipment, String carrierName) {
        send(shipment, carrierName, DELIVERED, "shipping.mail.delivered.subject");
    }

    void exception(Shipment shipment, String carrierName) {
        send(shipment, carrierName, EXCEPTION, "shipping.mail.exception.subject");
    }

    private void send(Shipment shipment, String carrierName, String template, String subject) {
        orders.contactForMail(shipment.orderId())
                .ifPresent(contact -> notifications.enqueue(email(shipment, carrierName, template, subject, contact)));
    }

    private static Email email(
            Shipment shipment, String carrierName, String template, String subject, OrderContact contact) {
        var model = new LinkedHashMap<String, Object>();
        model.put("orderNumber", shipment.orderNumber());
        model.put("carrier", carrierName);
        model.put("trackingNumber", shipment.trackingNumber());
        model.put("orderUrl", contact.orderPage().toString());
        var delivered = shipment.deliveredAt();
        if (delivered != null) {
            model.put(
                    "deliveredAt",
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                            .withLocale(Locale.ENGLISH)
                            .withZone(ZoneOffset.UTC)
                            .format(delivered));
        }
        return Email.transactional(contact.email(), subject, template, model, shipment.orderNumber());
    }
}
