package shop.atelier.orders.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the upload widgets' helper ({@code cartUploads}) on every page, so the product page (another
 * module's) can show the visitor's uploads in its slots. It looks nothing up until a page uses it.
 */
@ControllerAdvice(annotations = Controller.class)
class CartUploadsAdvice {

    private final UploadWidgets.Factory widgets;

    CartUploadsAdvice(UploadWidgets.Factory widgets) {
        this.widgets = widgets;
    }

    @ModelAttribute("cartUploads")
    UploadWidgets cartUploads(HttpServletRequest request) {
        return widgets.of(request);
    }
}
