package shop.atelier.shipping.internal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import shop.atelier.shipping.internal.Parcel;

/** What staff enter to ship an order: the carrier and the parcel's weight and size. */
record ShipmentForm(
        @NotBlank @Nullable String carrier,
        @NotNull @Min(1) @Max(70_000) @Nullable Integer weightGrams,
        @NotNull @Min(1) @Max(300) @Nullable Integer lengthCm,
        @NotNull @Min(1) @Max(300) @Nullable Integer widthCm,
        @NotNull @Min(1) @Max(300) @Nullable Integer heightCm) {

    static ShipmentForm empty(String carrier) {
        return new ShipmentForm(carrier, null, null, null, null);
    }

    /** Only after validation passed. */
    @SuppressWarnings("NullAway")
    Parcel parcel() {
        return new Parcel(weightGrams, lengthCm, widthCm, heightCm);
    }
}
