package shop.atelier.catalog.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import shop.atelier.catalog.internal.ProductImage;

/** The staff form to upload a product image with its text alternative. */
record ImageForm(
        @Nullable MultipartFile file,

        @NotBlank(message = "{catalog.staff.image.alt.required}")
        @Size(max = ProductImage.ALT_MAX, message = "{catalog.staff.image.alt.size}")
        @Nullable
        String alt) {

    static ImageForm blank() {
        return new ImageForm(null, "");
    }
}
