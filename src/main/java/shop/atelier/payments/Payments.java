package shop.atelier.payments;

import java.util.List;
import java.util.UUID;

/** What other modules may ask of payments. */
public interface Payments {

    /** Starts a hosted checkout at the configured provider and records it in the ledger. */
    CheckoutSession startCheckout(PaymentRequest request);

    /** The ledger of payment events for one order, oldest first. */
    List<PaymentEntry> ledger(UUID orderId);
}
