package shop.atelier.catalog.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.internal.PrintSize;
import shop.atelier.catalog.internal.ProductDetails;
import shop.atelier.catalog.internal.ProductDraft;

/**
 * The staff form for a product's own fields; an empty slug is derived from the name. Numbers are
 * typed as text and checked here, so a typo becomes a message next to its field.
 */
record ProductForm(
        @NotBlank(message = "{catalog.staff.product.name.required}")
        @Size(max = 120, message = "{catalog.staff.product.name.size}")
        @Nullable
        String name,

        @Size(max = 80, message = "{catalog.staff.product.slug.invalid}")
        @Pattern(regexp = "|[a-z0-9]+(-[a-z0-9]+)*", message = "{catalog.staff.product.slug.invalid}")
        @Nullable
        String slug,

        @Size(max = 4000, message = "{catalog.staff.product.description.size}") @Nullable
        String description,

        @Nullable Boolean requiresProof,

        @Pattern(regexp = WHOLE_NUMBER, message = "{catalog.staff.product.print-size.range}") @Nullable
        String printWidthMm,

        @Pattern(regexp = WHOLE_NUMBER, message = "{catalog.staff.product.print-size.range}") @Nullable
        String printHeightMm,

        @NotBlank(message = "{catalog.staff.product.min-dpi.range}")
        @Pattern(regexp = WHOLE_NUMBER, message = "{catalog.staff.product.min-dpi.range}")
        @Nullable
        String minDpi) {

    /** Empty, or a whole number of at most four digits. */
    static final String WHOLE_NUMBER = "|\\s*[0-9]{1,4}\\s*";

    static ProductForm blank() {
        return new ProductForm("", "", "", true, "", "", String.valueOf(ProductDraft.DEFAULT_MIN_DPI));
    }

    static ProductForm of(ProductDetails product) {
        var size = product.printSize();
        return new ProductForm(
                product.name(),
                product.slug(),
                product.description(),
                product.requiresProof(),
                size == null ? "" : String.valueOf(size.widthMm()),
                size == null ? "" : String.valueOf(size.heightMm()),
                String.valueOf(product.minDpi()));
    }

    @Nullable
    Integer width() {
        return number(printWidthMm);
    }

    @Nullable
    Integer height() {
        return number(printHeightMm);
    }

    @Nullable
    Integer dpi() {
        return number(minDpi);
    }

    ProductDraft toDraft(String slug) {
        var width = width();
        var height = height();
        var size = width == null || height == null ? null : new PrintSize(width, height);
        return new ProductDraft(
                slug,
                name == null ? "" : name,
                description == null ? "" : description,
                Boolean.TRUE.equals(requiresProof),
                size,
                dpi() == null ? ProductDraft.DEFAULT_MIN_DPI : dpi());
    }

    static @Nullable Integer number(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
    }
}
