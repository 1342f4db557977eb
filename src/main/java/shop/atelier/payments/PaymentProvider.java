package shop.atelier.payments;

/**
 * Port to a payment provider with a hosted checkout (the sandbox, Shopify). The provider later
 * confirms the outcome by a signed webhook, which this module verifies and turns into {@link
 * PaymentConfirmed} or {@link PaymentFailed}.
 */
public interface PaymentProvider {

    /** Stable name, e.g. {@code sandbox}; selected with {@code atelier.payments.provider}. */
    String name();

    CheckoutSession startCheckout(PaymentRequest request);
}
