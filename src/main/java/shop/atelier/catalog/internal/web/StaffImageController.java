package shop.atelier.catalog.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.ImageType;
import shop.atelier.catalog.internal.ProductLimitReachedException;
import shop.atelier.platform.StreamedUploads;

/**
 * Staff upload and removal of product images (PNG, JPEG or WebP, recognized by content).
 *
 * <p>The container does not parse multipart forms, so the upload form streams through {@link
 * StreamedUploads}: its text alternative comes before the file, its CSRF token in the action URL. At
 * most one byte more than the size limit is kept, whatever length the request declares; a refused
 * upload stores nothing and answers 400 (409 when the product has the most images allowed) with the
 * form and the error next to its field.
 */
@Controller
@RequestMapping("/staff/products/{id}/images")
class StaffImageController {

    static final String FILE_FIELD = "file";

    private final CatalogManagement catalog;
    private final SpringValidatorAdapter validator;

    StaffImageController(CatalogManagement catalog, Validator validator) {
        this.catalog = catalog;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** What arrived: the form, and the image's bytes unless the file was empty or too large. */
    private record Received(ImageForm form, byte @Nullable [] bytes, boolean tooLarge) {

        static Received read(String filename, InputStream content, Map<String, String> fields) throws IOException {
            var form = new ImageForm(filename, fields.get("alt"));
            var bytes = content.readNBytes(ImageType.MAX_BYTES + 1);
            if (bytes.length > ImageType.MAX_BYTES) {
                return new Received(form, null, true);
            }
            return new Received(form, bytes.length == 0 ? null : bytes, false);
        }
    }

    @PostMapping
    String upload(
            @PathVariable UUID id,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var productId = new ProductId(id);
        var product = catalog.product(productId);
        Received received;
        String unreadable = null;
        try {
            received = StreamedUploads.receive(request, FILE_FIELD, Received::read);
        } catch (StreamedUploads.MalformedUpload e) {
            received = new Received(ImageForm.blank(), null, false);
            unreadable = "catalog.staff.image.file.unreadable";
        }
        var form = received.form();
        var result = new BeanPropertyBindingResult(form, "imageForm");
        validator.validate(form, result);
        var bytes = received.bytes();
        if (unreadable != null) {
            result.rejectValue(FILE_FIELD, unreadable);
        } else if (received.tooLarge()) {
            result.rejectValue(FILE_FIELD, "catalog.staff.image.file.too-large");
        } else if (bytes == null) {
            result.rejectValue(FILE_FIELD, "catalog.staff.image.file.required");
        } else if (ImageType.detect(bytes).isEmpty()) {
            result.rejectValue(FILE_FIELD, "catalog.staff.image.file.type");
        }
        var status = HttpServletResponse.SC_BAD_REQUEST;
        if (!result.hasErrors() && bytes != null) {
            try {
                catalog.addImage(productId, bytes, String.valueOf(form.alt()));
                redirect.addFlashAttribute(StaffProductController.NOTICE, "catalog.staff.notice.image-added");
                return "redirect:/staff/products/" + id + "#images";
            } catch (ProductLimitReachedException e) {
                result.rejectValue(FILE_FIELD, "catalog.staff.image.limit", new Object[] {e.limit()}, e.getMessage());
                status = HttpServletResponse.SC_CONFLICT;
            }
        }
        response.setStatus(status);
        model.addAllAttributes(result.getModel());
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
