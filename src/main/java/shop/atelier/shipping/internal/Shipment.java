package shop.atelier.shipping.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.orders.OrderId;
import shop.atelier.shipping.ShipmentDelivered;
import shop.atelier.shipping.ShipmentDispatched;
import shop.atelier.shipping.ShipmentStatus;

/**
 * A parcel on its way: which carrier has it under which tracking number, and what the carrier
 * last reported. Carriers' reports arrive late, twice or out of order; {@link #track} keeps the
 * newest news and never leaves {@link ShipmentStatus#DELIVERED}.
 */
public final class Shipment {

    /** What a tracking report did to the shipment. */
    public enum Tracked {
        /** The shipment moved to the reported status. */
        CHANGED,
        /** Older news than what the shipment already knows, or the same: nothing changed. */
        UNCHANGED
    }

    private final UUID id;
    private final OrderId orderId;
    private final String orderNumber;
    private final String carrierCode;
    private final String trackingNumber;
    private final Parcel parcel;
    private final Instant dispatchedAt;
    private ShipmentStatus status;
    private Instant lastEventAt;
    private @Nullable Instant deliveredAt;
    private @Nullable Instant exceptionAt;
    private long version;
    private final List<Object> events = new ArrayList<>();

    private Shipment(
            UUID id,
            OrderId orderId,
            String orderNumber,
            String carrierCode,
            String trackingNumber,
            Parcel parcel,
            Instant dispatchedAt,
            ShipmentStatus status,
            Instant lastEventAt,
            @Nullable Instant deliveredAt,
            @Nullable Instant exceptionAt,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.orderId = Objects.requireNonNull(orderId);
        this.orderNumber = Objects.requireNonNull(orderNumber);
        this.carrierCode = Objects.requireNonNull(carrierCode);
        this.trackingNumber = Objects.requireNonNull(trackingNumber);
        this.parcel = Objects.requireNonNull(parcel);
        this.dispatchedAt = Objects.requireNonNull(dispatchedAt);
        this.status = Objects.requireNonNull(status);
        this.lastEventAt = Objects.requireNonNull(lastEventAt);
        this.deliveredAt = deliveredAt;
        this.exceptionAt = exceptionAt;
        this.version = version;
    }

    /** The carrier took the label: the parcel is dispatched. */
    public static Shipment dispatch(
            OrderId orderId, String orderNumber, String carrierCode, String trackingNumber, Parcel parcel, Instant at) {
        var shipment = new Shipment(
                UUID.randomUUID(),
                orderId,
                orderNumber,
                carrierCode,
                trackingNumber,
                parcel,
                at,
                ShipmentStatus.DISPATCHED,
                at,
                null,
                null,
                -1);
        shipment.events.add(new ShipmentDispatched(shipment.id, orderId, carrierCode));
        return shipment;
    }

    static Shipment restore(
            UUID id,
            OrderId orderId,
            String orderNumber,
            String carrierCode,
            String trackingNumber,
            Parcel parcel,
            Instant dispatchedAt,
            ShipmentStatus status,
            Instant lastEventAt,
            @Nullable Instant deliveredAt,
            @Nullable Instant exceptionAt,
            long version) {
        return new Shipment(
                id,
                orderId,
                orderNumber,
                carrierCode,
                trackingNumber,
                parcel,
                dispatchedAt,
                status,
                lastEventAt,
                deliveredAt,
                exceptionAt,
                version);
    }

    /**
     * The carrier reports the parcel {@code reported} at {@code at}. Delivery is final and wins
     * whenever it arrives; otherwise a report older than the last one applied changes nothing (a
     * late IN_TRANSIT does not hide a newer EXCEPTION).
     *
     * @throws IllegalArgumentException for {@link ShipmentStatus#DISPATCHED}, which only the shop sets
     */
    public Tracked track(ShipmentStatus reported, Instant at) {
        if (reported == ShipmentStatus.DISPATCHED) {
            throw new IllegalArgumentException("Carriers report IN_TRANSIT, DELIVERED or EXCEPTION");
        }
        if (status == ShipmentStatus.DELIVERED) {
            return Tracked.UNCHANGED;
        }
        if (reported == ShipmentStatus.DELIVERED) {
            status = ShipmentStatus.DELIVERED;
            deliveredAt = at;
            lastEventAt = at.isAfter(lastEventAt) ? at : lastEventAt;
            events.add(new ShipmentDelivered(id, orderId, at));
            return Tracked.CHANGED;
        }
        if (at.isBefore(lastEventAt) || reported == status) {
            lastEventAt = at.isAfter(lastEventAt) ? at : lastEventAt;
            return Tracked.UNCHANGED;
        }
        status = reported;
        lastEventAt = at;
        if (reported == ShipmentStatus.EXCEPTION) {
            exceptionAt = at;
        }
        return Tracked.CHANGED;
    }

    /** Whether the after-sales window, started by the delivery, has ended at {@code now}. */
    public boolean afterSalesEnded(Duration window, Instant now) {
        return deliveredAt != null && !deliveredAt.plus(window).isAfter(now);
    }

    public UUID id() {
        return id;
    }

    public OrderId orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String carrierCode() {
        return carrierCode;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public Parcel parcel() {
        return parcel;
    }

    public Instant dispatchedAt() {
        return dispatchedAt;
    }

    public ShipmentStatus status() {
        return status;
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }

    public @Nullable Instant deliveredAt() {
        return deliveredAt;
    }

    public @Nullable Instant exceptionAt() {
        return exceptionAt;
    }

    long version() {
        return version;
    }

    boolean isNew() {
        return version < 0;
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    void saved() {
        version++;
        events.clear();
    }
}
