package shop.atelier.payments;

import java.time.Instant;
import java.util.UUID;
import shop.atelier.platform.Money;

/** The provider confirmed, by a verified webhook, that an order's payment was captured. */
public record PaymentConfirmed(UUID orderId, String provider, String providerPaymentId, Money amount, Instant paidAt) {}
