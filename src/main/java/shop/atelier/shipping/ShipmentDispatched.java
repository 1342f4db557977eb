package shop.atelier.shipping;

import java.util.UUID;
import shop.atelier.orders.OrderId;

/** A shipment's label went to its carrier. */
public record ShipmentDispatched(UUID shipmentId, OrderId orderId, String carrierCode) {}
