package shop.atelier.shipping.internal;

import java.time.Instant;
import shop.atelier.shipping.ShipmentStatus;

/** One tracking report as the carrier sent it, and whether it changed the shipment. */
public record TrackingReport(ShipmentStatus status, Instant at, boolean applied) {}
