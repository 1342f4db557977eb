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
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CharacterRule;
import shop.atelier.catalog.internal.DuplicateSlotException;
import shop.atelier.catalog.internal.PersonalizationSlot;
import shop.atelier.catalog.internal.ProductLimitReachedException;
import shop.atelier.platform.NotFoundException;

/** Staff pages to add, change, reorder and remove a product's personalization slots. */
@Controller
@RequestMapping("/staff/products/{id}/slots")
class StaffSlotController {

    private final CatalogManagement catalog;

    StaffSlotController(CatalogManagement catalog) {
        this.catalog = catalog;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("slotTypes", SlotType.values());
        model.addAttribute("characterRules", CharacterRule.values());
    }

    @GetMapping("/new")
    String newSlot(@PathVariable UUID id, Model model) {
        model.addAttribute("product", catalog.product(new ProductId(id)));
        model.addAttribute("slotForm", SlotForm.blank());
        return "catalog/staff/slot-form";
    }

    @PostMapping
    String add(
            @PathVariable UUID id,
            @Valid @ModelAttribute("slotForm") @Nullable SlotForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form = BadFormException.require(form);
        var productId = new ProductId(id);
        var product = catalog.product(productId);
        checkLength(form, result);
        if (!result.hasErrors()) {
            try {
                catalog.addSlot(productId, form.toSlot());
                redirect.addFlashAttribute(StaffProductController.NOTICE, "catalog.staff.notice.slot-added");
                return "redirect:/staff/products/" + id;
            } catch (DuplicateSlotException e) {
                result.rejectValue("key", "catalog.staff.slot.key.taken");
            } catch (ProductLimitReachedException e) {
                result.reject("catalog.staff.limit", new Object[] {e.limit()}, e.getMessage());
            }
        }
        model.addAttribute("product", product);
        return "catalog/staff/slot-form";
    }

    @GetMapping("/{key}")
    String edit(@PathVariable UUID id, @PathVariable String key, Model model) {
        var product = catalog.product(new ProductId(id));
        var slot = product.slot(key).orElseThrow(() -> new NotFoundException("No slot " + key));
        model.addAttribute("product", product);
        model.addAttribute("slotKey", key);
        model.addAttribute("slotForm", SlotForm.of(slot));
        return "catalog/staff/slot-form";
    }

    @PostMapping("/{key}")
    String change(
            @PathVariable UUID id,
            @PathVariable String key,
            @Valid @ModelAttribute("slotForm") @Nullable SlotForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form = BadFormException.require(form);
        var productId = new ProductId(id);
        var product = catalog.product(productId);
        product.slot(key).orElseThrow(() -> new NotFoundException("No slot " + key));
        checkLength(form, result);
        if (!result.hasErrors()) {
            try {
                catalog.changeSlot(productId, key, form.toSlot());
                redirect.addFlashAttribute(StaffProductController.NOTICE, "catalog.staff.notice.saved");
                return "redirect:/staff/products/" + id;
            } catch (DuplicateSlotException e) {
                result.rejectValue("key", "catalog.staff.slot.key.taken");
            }
        }
        model.addAttribute("product", product);
        model.addAttribute("slotKey", key);
        return "catalog/staff/slot-form";
    }

    @PostMapping("/{key}/move")
    String move(@PathVariable UUID id, @PathVariable String key, @RequestParam String direction) {
        catalog.moveSlot(new ProductId(id), key, "up".equals(direction) ? -1 : 1);
        return "redirect:/staff/products/" + id + "#slots";
    }

    @PostMapping("/{key}/delete")
    String remove(@PathVariable UUID id, @PathVariable String key, RedirectAttributes redirect) {
        catalog.removeSlot(new ProductId(id), key);
        redirect.addFlashAttribute(StaffProductController.NOTICE, "catalog.staff.notice.slot-removed");
        return "redirect:/staff/products/" + id;
    }

    private static void checkLength(SlotForm form, BindingResult result) {
        if (form.type() != SlotType.TEXT || result.hasFieldErrors("maxLength")) {
            return;
        }
        var length = form.length();
        if (length == null) {
            result.rejectValue("maxLength", "catalog.staff.slot.max-length.required");
        } else if (length < 1 || length > PersonalizationSlot.TEXT_MAX) {
            result.rejectValue("maxLength", "catalog.staff.slot.max-length.range");
        }
    }
}
