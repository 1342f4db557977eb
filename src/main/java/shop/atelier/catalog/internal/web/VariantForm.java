package shop.atelier.catalog.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.internal.Variant;

/** The staff form for a variant; the price is typed as a decimal such as {@code 24.90}. */
record VariantForm(
        @NotBlank(message = "{catalog.staff.variant.name.required}")
        @Size(max = Variant.NAME_MAX, message = "{catalog.staff.variant.name.size}")
        @Nullable
        String name,

        @NotBlank(message = "{catalog.staff.variant.sku.required}")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{0,39}", message = "{catalog.staff.variant.sku.invalid}")
        @Nullable
        String sku,

        @NotBlank(message = "{catalog.staff.variant.price.required}") @Nullable
        String price,

        @Nullable Boolean available) {

    static VariantForm blank() {
        return new VariantForm("", "", "", true);
    }

    static VariantForm of(Variant variant) {
        return new VariantForm(
                variant.name(), variant.sku(), variant.price().toDecimal().toPlainString(), variant.available());
    }

    boolean isAvailable() {
        return Boolean.TRUE.equals(available);
    }
}
