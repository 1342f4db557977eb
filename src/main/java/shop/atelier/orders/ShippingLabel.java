package shop.atelier.orders;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a parcel label needs, and nothing more (promise S2): no email, no billing address, no
 * order contents. This is all a carrier may receive about an order's customer.
 *
 * @param orderNumber the shop's order number, printed as the sender's reference
 * @param recipientName the name on the shipping address
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param phone the contact phone, if the customer gave one; pass it on only to a carrier that
 *     requires it
 */
public record ShippingLabel(
        String orderNumber,
        String recipientName,
        String line1,
        @Nullable String line2,
        String postalCode,
        String city,
        String country,
        @Nullable String phone) {

    public ShippingLabel {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
    }

    /** The same label without the phone number, for a carrier that does not require it. */
    public ShippingLabel withoutPhone() {
        return new ShippingLabel(orderNumber, recipientName, line1, line2, postalCode, city, country, null);
    }
}
