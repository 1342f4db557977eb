package shop.atelier.shipping.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shop.atelier.orders.OrderId;
import shop.atelier.shipping.ShipmentStatus;

/** Stores shipments and the tracking events already handled; saving publishes the shipment's events. */
@Repository
class Shipments {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Shipments(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    void save(Shipment shipment) {
        if (shipment.isNew()) {
            jdbc.sql("""
                            insert into shipping_shipments (id, order_id, order_number, carrier_code, tracking_number,
                                status, weight_grams, length_cm, width_cm, height_cm, dispatched_at, last_event_at,
                                delivered_at, exception_at, version)
                            values (:id, :order, :number, :carrier, :tracking, :status, :weight, :length, :width,
                                :height, :dispatchedAt, :lastEventAt, :deliveredAt, :exceptionAt, 0)""")
                    .param("id", shipment.id())
                    .param("order", shipment.orderId().value())
                    .param("number", shipment.orderNumber())
                    .param("carrier", shipment.carrierCode())
                    .param("tracking", shipment.trackingNumber())
                    .param("status", shipment.status().name())
                    .param("weight", shipment.parcel().weightGrams())
                    .param("length", shipment.parcel().lengthCm())
                    .param("width", shipment.parcel().widthCm())
                    .param("height", shipment.parcel().heightCm())
                    .param("dispatchedAt", ts(shipment.dispatchedAt()))
                    .param("lastEventAt", ts(shipment.lastEventAt()))
                    .param("deliveredAt", ts(shipment.deliveredAt()))
                    .param("exceptionAt", ts(shipment.exceptionAt()))
                    .update();
        } else {
            var updated = jdbc.sql("""
                            update shipping_shipments set status = :status, last_event_at = :lastEventAt,
                                delivered_at = :deliveredAt, exception_at = :exceptionAt,
                                version = version + 1
                            where id = :id and version = :version""")
                    .param("status", shipment.status().name())
                    .param("lastEventAt", ts(shipment.lastEventAt()))
                    .param("deliveredAt", ts(shipment.deliveredAt()))
                    .param("exceptionAt", ts(shipment.exceptionAt()))
                    .param("id", shipment.id())
                    .param("version", shipment.version())
                    .update();
            if (updated != 1) {
                throw new OptimisticLockingFailureException("Shipment " + shipment.id() + " was changed meanwhile");
            }
        }
        var pending = shipment.events();
        shipment.saved();
        pending.forEach(events::publishEvent);
    }

    Optional<Shipment> find(UUID id) {
        return jdbc.sql("select * from shipping_shipments where id = ?")
                .param(id)
                .query(Shipments::shipment)
                .optional();
    }

    Optional<Shipment> ofOrder(OrderId orderId) {
        return jdbc.sql("select * from shipping_shipments where order_id = ?")
                .param(orderId.value())
                .query(Shipments::shipment)
                .optional();
    }

    List<Shipment> ofOrders(Collection<OrderId> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from shipping_shipments where order_id in (:orders) order by dispatched_at")
                .param("orders", orderIds.stream().map(OrderId::value).toList())
                .query(Shipments::shipment)
                .list();
    }

    /** Locks the shipment until the transaction ends: tracking reports of one parcel queue up. */
    Optional<Shipment> byTrackingForUpdate(String carrierCode, String trackingNumber) {
        return jdbc.sql("select * from shipping_shipments where carrier_code = ? and tracking_number = ? for update")
                .params(carrierCode, trackingNumber)
                .query(Shipments::shipment)
                .optional();
    }

    Optional<Shipment> findForUpdate(UUID id) {
        return jdbc.sql("select * from shipping_shipments where id = ? for update")
                .param(id)
                .query(Shipments::shipment)
                .optional();
    }

    /** The newest shipments first; those with a problem before all others. */
    List<Shipment> recent(int limit) {
        return jdbc.sql("""
                        select * from shipping_shipments
                        order by (status = 'EXCEPTION') desc, dispatched_at desc, id limit ?""").param(limit).query(Shipments::shipment).list();
    }

    /** Shipments delivered at or before {@code cutoff}, oldest first (closed ones are deleted). */
    List<UUID> deliveredBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        select id from shipping_shipments
                        where delivered_at is not null and delivered_at <= :cutoff
                        order by delivered_at, id limit :limit""")
                .param("cutoff", ts(cutoff))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /**
     * Remembers a carrier's event; {@code false} when it was seen before (a replay), so the caller
     * changes nothing. In the caller's transaction, together with the change it causes.
     */
    boolean remember(
            String carrierCode,
            String eventId,
            UUID shipmentId,
            ShipmentStatus status,
            Instant at,
            Instant receivedAt,
            boolean applied) {
        return jdbc.sql("""
                                insert into shipping_tracking_events (carrier_code, event_id, shipment_id, status, at,
                                    received_at, applied)
                                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(carrierCode, eventId, shipmentId, status.name(), ts(at), ts(receivedAt), applied)
                        .update()
                == 1;
    }

    boolean seen(String carrierCode, String eventId) {
        return jdbc.sql(
                        "select exists (select 1 from shipping_tracking_events where carrier_code = ? and event_id = ?)")
                .params(carrierCode, eventId)
                .query(Boolean.class)
                .single();
    }

    /** The tracking reports of a shipment, oldest first. */
    List<TrackingReport> reports(UUID shipmentId) {
        return jdbc.sql("""
                        select status, at, applied from shipping_tracking_events
                        where shipment_id = ? order by at, received_at""")
                .param(shipmentId)
                .query((rs, n) -> new TrackingReport(
                        ShipmentStatus.valueOf(rs.getString("status")),
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getBoolean("applied")))
                .list();
    }

    /** Deletes these shipments with their tracking reports; returns how many. */
    int delete(Collection<UUID> shipmentIds) {
        if (shipmentIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from shipping_shipments where id in (:ids)")
                .param("ids", List.copyOf(shipmentIds))
                .update();
    }

    private static Shipment shipment(ResultSet rs, int row) throws SQLException {
        return Shipment.restore(
                rs.getObject("id", UUID.class),
                new OrderId(rs.getObject("order_id", UUID.class)),
                rs.getString("order_number"),
                rs.getString("carrier_code"),
                rs.getString("tracking_number"),
                new Parcel(
                        rs.getInt("weight_grams"),
                        rs.getInt("length_cm"),
                        rs.getInt("width_cm"),
                        rs.getInt("height_cm")),
                instant(rs, "dispatched_at"),
                ShipmentStatus.valueOf(rs.getString("status")),
                instant(rs, "last_event_at"),
                nullableInstant(rs, "delivered_at"),
                nullableInstant(rs, "exception_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
