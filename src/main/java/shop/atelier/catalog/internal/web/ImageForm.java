package shop.atelier.catalog.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.internal.ProductImage;

/**
 * The staff form to upload a product image with its text alternative. The file itself streams in
 * separately ({@link StaffImageController}); the form keeps only the name the browser gave it, so
 * errors about the file have a field to stand next to.
 *
 * @param file the uploaded file's name, a label only
 */
record ImageForm(
        @Nullable String file,

        @NotBlank(message = "{catalog.staff.image.alt.required}")
        @Size(max = ProductImage.ALT_MAX, message = "{catalog.staff.image.alt.size}")
        @Nullable
        String alt) {

    static ImageForm blank() {
        return new ImageForm(null, "");
    }
}
