package shop.atelier.payments;

import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.platform.Money;

/**
 * What the shop asks the provider to collect. No card data: the provider's hosted page asks the
 * customer for that.
 *
 * @param orderId the order being paid (payments knows it by reference only)
 * @param orderNumber the human-readable order number shown on the payment page
 * @param amount the order total
 * @param returnUrl where the provider sends the customer back to after paying or declining
 * @param customerId the account of the customer paying, if any (for the disclosure register)
 * @param customerEmail the customer's email address, which the provider's page shows and the
 *     disclosure register names
 */
public record PaymentRequest(
        UUID orderId,
        String orderNumber,
        Money amount,
        URI returnUrl,
        @Nullable UUID customerId,
        @Nullable String customerEmail) {

    public PaymentRequest(UUID orderId, String orderNumber, Money amount, URI returnUrl) {
        this(orderId, orderNumber, amount, returnUrl, null, null);
    }
}
