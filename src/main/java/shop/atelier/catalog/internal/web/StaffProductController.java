package shop.atelier.catalog.internal.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.PrintSize;
import shop.atelier.catalog.internal.ProductDraft;
import shop.atelier.catalog.internal.ProductNotListableException;
import shop.atelier.catalog.internal.SlugTakenException;
import shop.atelier.catalog.internal.Slugs;

/** Staff pages to list, create, edit, list and unlist products. */
@Controller
@RequestMapping("/staff/products")
class StaffProductController {

    static final String NOTICE = "catalogNotice";
    static final String PROBLEM = "catalogProblem";

    private final CatalogManagement catalog;

    StaffProductController(CatalogManagement catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    String products(Model model) {
        model.addAttribute("products", catalog.products());
        return "catalog/staff/products";
    }

    @GetMapping("/new")
    String newProduct(Model model) {
        model.addAttribute("productForm", ProductForm.blank());
        return "catalog/staff/product-form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("productForm") @Nullable ProductForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        var slug = slugOf(form, result);
        if (result.hasErrors()) {
            return "catalog/staff/product-form";
        }
        try {
            var id = catalog.create(form.toDraft(slug));
            redirect.addFlashAttribute(NOTICE, "catalog.staff.notice.created");
            return "redirect:/staff/products/" + id;
        } catch (SlugTakenException e) {
            result.rejectValue("slug", "catalog.staff.product.slug.taken");
            return "catalog/staff/product-form";
        }
    }

    @GetMapping("/{id}")
    String product(@PathVariable UUID id, Model model) {
        model.addAttribute("product", catalog.product(new ProductId(id)));
        if (!model.containsAttribute("imageForm")) {
            model.addAttribute("imageForm", ImageForm.blank());
        }
        return "catalog/staff/product";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        var product = catalog.product(new ProductId(id));
        model.addAttribute("product", product);
        model.addAttribute("productForm", ProductForm.of(product));
        return "catalog/staff/product-form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("productForm") @Nullable ProductForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form = BadFormException.require(form);
        var productId = new ProductId(id);
        var product = catalog.product(productId);
        var slug = slugOf(form, result);
        if (!result.hasErrors()) {
            try {
                catalog.describe(productId, form.toDraft(slug));
                redirect.addFlashAttribute(NOTICE, "catalog.staff.notice.saved");
                return "redirect:/staff/products/" + id;
            } catch (SlugTakenException e) {
                result.rejectValue("slug", "catalog.staff.product.slug.taken");
            }
        }
        model.addAttribute("product", product);
        return "catalog/staff/product-form";
    }

    @PostMapping("/{id}/listing")
    String listing(@PathVariable UUID id, @RequestParam boolean listed, RedirectAttributes redirect) {
        var productId = new ProductId(id);
        try {
            if (listed) {
                catalog.list(productId);
                redirect.addFlashAttribute(NOTICE, "catalog.staff.notice.listed");
            } else {
                catalog.unlist(productId);
                redirect.addFlashAttribute(NOTICE, "catalog.staff.notice.unlisted");
            }
        } catch (ProductNotListableException e) {
            redirect.addFlashAttribute(PROBLEM, "catalog.staff.problem.not-listable");
        }
        return "redirect:/staff/products/" + id;
    }

    /**
     * The slug typed, or one derived from the name; rejects the field when neither works, and the
     * print fields when their numbers are out of range.
     */
    private static String slugOf(ProductForm form, BindingResult result) {
        var typed = form.slug() == null ? "" : form.slug().strip();
        var slug = typed.isEmpty() && form.name() != null ? Slugs.fromName(form.name()) : typed;
        if (!result.hasFieldErrors("slug") && !Slugs.valid(slug)) {
            result.rejectValue(
                    "slug",
                    typed.isEmpty() ? "catalog.staff.product.slug.required" : "catalog.staff.product.slug.reserved");
        }
        if (!result.hasFieldErrors("printWidthMm") && !result.hasFieldErrors("printHeightMm")) {
            var width = form.width();
            var height = form.height();
            if ((width == null) != (height == null)) {
                result.rejectValue(
                        width == null ? "printWidthMm" : "printHeightMm", "catalog.staff.product.print-size.both");
            }
            if (width != null && (width < 1 || width > PrintSize.MAX_MM)) {
                result.rejectValue("printWidthMm", "catalog.staff.product.print-size.range");
            }
            if (height != null && (height < 1 || height > PrintSize.MAX_MM)) {
                result.rejectValue("printHeightMm", "catalog.staff.product.print-size.range");
            }
        }
        var dpi = result.hasFieldErrors("minDpi") ? null : form.dpi();
        if (dpi != null && (dpi < ProductDraft.LOWEST_MIN_DPI || dpi > ProductDraft.HIGHEST_MIN_DPI)) {
            result.rejectValue("minDpi", "catalog.staff.product.min-dpi.range");
        }
        return slug;
    }
}
