package shop.atelier.catalog.internal.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.ImageType;
import shop.atelier.catalog.internal.ProductLimitReachedException;

/** Staff upload and removal of product images (PNG, JPEG or WebP, recognized by content). */
@Controller
@RequestMapping("/staff/products/{id}/images")
class StaffImageController {

    private final CatalogManagement catalog;

    StaffImageController(CatalogManagement catalog) {
        this.catalog = catalog;
    }

    @PostMapping
    String upload(
            @PathVariable UUID id,
            @Valid @ModelAttribute("imageForm") @Nullable ImageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        form = BadFormException.require(form);
        var productId = new ProductId(id);
        var product = catalog.product(productId);
        var file = form.file();
        byte[] bytes = new byte[0];
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "catalog.staff.image.file.required");
        } else if (file.getSize() > ImageType.MAX_BYTES) {
            result.rejectValue("file", "catalog.staff.image.file.too-large");
        } else {
            bytes = file.getBytes();
            if (ImageType.detect(bytes).isEmpty()) {
                result.rejectValue("file", "catalog.staff.image.file.type");
            }
        }
        if (!result.hasErrors()) {
            try {
                catalog.addImage(productId, bytes, String.valueOf(form.alt()));
                redirect.addFlashAttribute(StaffProductController.NOTICE, "catalog.staff.notice.image-added");
                return "redirect:/staff/products/" + id + "#images";
            } catch (ProductLimitReachedException e) {
                result.rejectValue("file", "catalog.staff.image.limit", new Object[] {e.limit()}, e.getMessage());
            }
        }
        model.addAttribute("product", product);
        return "catalog/staff/product";
    }

    @PostMapping("/{imageId}/delete")
    String remove(@PathVariable UUID id, @PathVariable UUID imageId, RedirectAttributes redirect) {
        catalog.removeImage(new ProductId(id), imageId);
        redirect.addFlashAttribute(StaffProductController.NOTICE, "catalog.staff.notice.image-removed");
        return "redirect:/staff/products/" + id + "#images";
    }
}
