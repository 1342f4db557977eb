package shop.atelier.orders.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import shop.atelier.catalog.SlotType;
import shop.atelier.notifications.Email;

/**
 * The order confirmation email: order number, lines with personalization, total, delivery address
 * and the link to the order. The model holds only strings, lists and maps, so any renderer (or a
 * stored copy of the model) can use it.
 */
@Component
class ConfirmationMail {

    static final String TEMPLATE = "mail/orders/confirmation";
    static final String SUBJECT = "orders.mail.confirmation.subject";

    Email build(Order order, String to, URI orderUrl) {
        var locale = Locale.ENGLISH;
        var model = new LinkedHashMap<String, Object>();
        model.put("orderNumber", order.number());
        model.put("orderUrl", orderUrl.toString());
        model.put("guest", order.customerId() == null);
        model.put("total", order.total().format(locale));
        model.put(
                "lines", order.lines().stream().map(line -> line(line, locale)).toList());
        var address = order.shippingAddress();
        if (address != null) {
            var delivery = new LinkedHashMap<String, Object>();
            delivery.put("name", address.name());
            delivery.put("line1", address.line1());
            delivery.put("line2", address.line2() == null ? "" : address.line2());
            delivery.put("postalCode", address.postalCode());
            delivery.put("city", address.city());
            delivery.put("country", Locale.of("", address.country()).getDisplayCountry(locale));
            model.put("deliveryAddress", delivery);
        }
        return Email.transactional(to, SUBJECT, TEMPLATE, model, order.number());
    }

    private static Map<String, Object> line(OrderLine line, Locale locale) {
        return Map.of(
                "product", line.productName(),
                "variant", line.variantName(),
                "quantity", line.quantity(),
                "unitPrice", line.unitPrice().format(locale),
                "lineTotal", line.lineTotal().format(locale),
                "personalization",
                        line.personalization().stream()
                                .map(value -> Map.of(
                                        "label", value.label(),
                                        "text", value.type() == SlotType.TEXT,
                                        "value", value.value()))
                                .toList());
    }
}
