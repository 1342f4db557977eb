package shop.atelier.shipping.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.orders.Orders;
import shop.atelier.shipping.ShipmentStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tracking reports posted by carriers: {@code {"eventId", "trackingNumber", "status": "IN_TRANSIT" |
 * "DELIVERED" | "EXCEPTION", "at"}}, signed with the carrier's webhook secret. A report is handled
 * once per event id, under a lock on its shipment, and only newer news moves the shipment; delivery
 * moves the order and starts its after-sales window.
 */
@Service
public class TrackingWebhooks {

    /** What became of a report, and so the HTTP answer. */
    public enum Receipt {
        UNKNOWN_CARRIER,
        UNAUTHENTIC,
        MALFORMED,
        UNKNOWN_TRACKING_NUMBER,
        DUPLICATE,
        UNCHANGED,
        ACCEPTED
    }

    private static final Logger log = LoggerFactory.getLogger(TrackingWebhooks.class);

    private final Carriers carriers;
    private final Shipments shipments;
    private final Orders orders;
    private final ShippingMail mail;
    private final JsonMapper json;
    private final Clock clock;

    TrackingWebhooks(
            Carriers carriers, Shipments shipments, Orders orders, ShippingMail mail, JsonMapper json, Clock clock) {
        this.carriers = carriers;
        this.shipments = shipments;
        this.orders = orders;
        this.mail = mail;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Receipt receive(String carrierCode, byte[] body, @Nullable String signature) {
        var found = carriers.find(carrierCode);
        if (found.isEmpty()) {
            return Receipt.UNKNOWN_CARRIER;
        }
        var carrier = found.get();
        if (!carrier.isAuthentic(body, signature)) {
            log.warn("Refused a tracking webhook of {} without a valid signature", carrierCode);
            return Receipt.UNAUTHENTIC;
        }
        var report = parse(body);
        if (report == null) {
            return Receipt.MALFORMED;
        }
        var locked = shipments.byTrackingForUpdate(carrier.code(), report.trackingNumber());
        if (locked.isEmpty()) {
            return Receipt.UNKNOWN_TRACKING_NUMBER;
        }
        var shipment = locked.get();
        if (shipments.seen(carrier.code(), report.eventId())) {
            return Receipt.DUPLICATE;
        }
        var now = clock.instant();
        // A carrier's clock ahead of ours must not push the after-sales window into the future.
        var at = report.at().isAfter(now) ? now : report.at();
        var changed = shipment.track(report.status(), at) == Shipment.Tracked.CHANGED;
        shipments.remember(carrier.code(), report.eventId(), shipment.id(), report.status(), at, now, changed);
        shipments.save(shipment);
        if (!changed) {
            return Receipt.UNCHANGED;
        }
        switch (shipment.status()) {
            case DELIVERED -> {
                orders.delivered(shipment.orderId(), at);
                mail.delivered(shipment, carrier.name());
            }
            case EXCEPTION -> mail.exception(shipment, carrier.name());
            case DISPATCHED, IN_TRANSIT -> {}
        }
        return Receipt.ACCEPTED;
    }

    private @Nullable Report parse(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
        if (root == null || !root.isObject()) {
            return null;
        }
        var eventId = text(root, "eventId", 200);
        var trackingNumber = text(root, "trackingNumber", 100);
        var status = text(root, "status", 20);
        var at = text(root, "at", 40);
        if (eventId == null || trackingNumber == null || status == null || at == null) {
            return null;
        }
        try {
            var reported = ShipmentStatus.valueOf(status);
            if (reported == ShipmentStatus.DISPATCHED) {
                return null;
            }
            return new Report(eventId, trackingNumber, reported, Instant.parse(at));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable String text(JsonNode node, String field, int maxLength) {
        var value = node.path(field);
        if (!value.isString()) {
            return null;
        }
        var text = value.asString().strip();
        return text.isEmpty() || text.length() > maxLength ? null : text;
    }

    private record Report(String eventId, String trackingNumber, ShipmentStatus status, Instant at) {}
}
