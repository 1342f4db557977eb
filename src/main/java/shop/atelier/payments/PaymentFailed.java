package shop.atelier.payments;

import java.time.Instant;
import java.util.UUID;

/** The provider reported, by a verified webhook, that an order's payment was declined. */
public record PaymentFailed(UUID orderId, String provider, String reason, Instant failedAt) {}
