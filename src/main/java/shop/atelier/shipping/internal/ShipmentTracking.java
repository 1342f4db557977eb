package shop.atelier.shipping.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.orders.OrderId;
import shop.atelier.shipping.ShipmentStatus;

/**
 * The parcel of an order as its customer may see it: carrier, tracking number and status (the
 * customer gets them by email; the order page shows the order's SHIPPED and DELIVERED steps).
 */
@Component
public class ShipmentTracking {

    /** What the customer sees of a parcel. */
    public record View(
            String carrier,
            String trackingNumber,
            ShipmentStatus status,
            Instant dispatchedAt,
            @Nullable Instant deliveredAt) {}

    private final Shipments shipments;
    private final Carriers carriers;

    ShipmentTracking(Shipments shipments, Carriers carriers) {
        this.shipments = shipments;
        this.carriers = carriers;
    }

    /** The order's parcel, if it was shipped (and the order is not closed yet). */
    @Transactional(readOnly = true)
    public Optional<View> forOrder(@Nullable Object orderId) {
        var id = switch (orderId) {
            case OrderId order -> order;
            case UUID uuid -> new OrderId(uuid);
            case null, default -> null;
        };
        if (id == null) {
            return Optional.empty();
        }
        return shipments
                .ofOrder(id)
                .map(shipment -> new View(
                        carriers.find(shipment.carrierCode())
                                .map(CarrierGateway::name)
                                .orElse(shipment.carrierCode()),
                        shipment.trackingNumber(),
                        shipment.status(),
                        shipment.dispatchedAt(),
                        shipment.deliveredAt()));
    }
}
