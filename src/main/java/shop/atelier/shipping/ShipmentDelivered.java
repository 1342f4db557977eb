package shop.atelier.shipping;

import java.time.Instant;
import java.util.UUID;
import shop.atelier.orders.OrderId;

/** The carrier delivered the shipment at {@code at}. */
public record ShipmentDelivered(UUID shipmentId, OrderId orderId, Instant at) {}
