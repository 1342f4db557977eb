package shop.atelier.payments;

import java.net.URI;

/**
 * A started hosted checkout.
 *
 * @param reference the provider's reference of this checkout
 * @param redirectUrl where to send the customer's browser
 */
public record CheckoutSession(String reference, URI redirectUrl) {}
