package shop.atelier.shipping.internal;

import shop.atelier.orders.ShippingLabel;

/**
 * Exactly what a carrier receives: the label (with the phone number only for a carrier that
 * requires it) and the parcel's size and weight.
 */
public record LabelData(ShippingLabel label, Parcel parcel) {

    static LabelData forCarrier(ShippingLabel label, Parcel parcel, boolean requiresPhone) {
        return new LabelData(requiresPhone ? label : label.withoutPhone(), parcel);
    }
}
