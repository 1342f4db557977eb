package shop.atelier.catalog.internal.web;

import jakarta.validation.Valid;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.VariantId;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.ProductDetails;
import shop.atelier.catalog.internal.ProductLimitReachedException;
import shop.atelier.catalog.internal.SkuTakenException;
import shop.atelier.catalog.internal.VariantDraft;
import shop.atelier.platform.Money;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.ShopProperties;

/** Staff pages to add and change a product's variants and their prices. */
@Controller
@RequestMapping("/staff/products/{id}/variants")
class StaffVariantController {

    /** Digits with an optional decimal point or comma; the currency decides how many decimals. */
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}([.,]\\d+)?");

    private static final long MAX_PRICE_MAJOR = 1_000_000;

    private final CatalogManagement catalog;
    private final ShopProperties shop;

    StaffVariantController(CatalogManagement catalog, ShopProperties shop) {
        this.catalog = catalog;
        this.shop = shop;
    }

    @ModelAttribute("currency")
    String currency() {
        return shop.currency();
    }

    @GetMapping("/new")
    String newVariant(@PathVariable UUID id, Model model) {
        model.addAttribute("product", catalog.product(new ProductId(id)));
        model.addAttribute("variantForm", VariantForm.blank());
        return "catalog/staff/variant-form";
    }

    @PostMapping
    String add(
            @PathVariable UUID id,
            @Valid @ModelAttribute("variantForm") @Nullable VariantForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form = BadFormException.require(form);
        var productId = new ProductId(id);
        var product = catalog.product(productId);
        var price = price(form, result);
        if (!result.hasErrors() && price.isPresent()) {
            try {
                catalog.addVariant(productId, draft(form, price.get()));
                redirect.addFlashAttribute(StaffProductController.NOTICE, "catalog.staff.notice.variant-added");
                return "redirect:/staff/products/" + id;
            } catch (SkuTakenException e) {
                result.rejectValue("sku", "catalog.staff.variant.sku.taken");
            } catch (ProductLimitReachedException e) {
                result.reject("catalog.staff.limit", new Object[] {e.limit()}, e.getMessage());
            }
        }
        model.addAttribute("product", product);
        return "catalog/staff/variant-form";
    }

    @GetMapping("/{variantId}")
    String edit(@PathVariable UUID id, @PathVariable UUID variantId, Model model) {
        var product = catalog.product(new ProductId(id));
        var variant = product.variant(new VariantId(variantId))
                .orElseThrow(() -> new NotFoundException("No variant " + variantId));
        model.addAttribute("product", product);
        model.addAttribute("variantId", variantId);
        model.addAttribute("variantForm", VariantForm.of(variant));
        return "catalog/staff/variant-form";
    }

    @PostMapping("/{variantId}")
    String change(
            @PathVariable UUID id,
            @PathVariable UUID variantId,
            @Valid @ModelAttribute("variantForm") @Nullable VariantForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form = BadFormException.require(form);
        var productId = new ProductId(id);
        ProductDetails product = catalog.product(productId);
        product.variant(new VariantId(variantId)).orElseThrow(() -> new NotFoundException("No variant " + variantId));
        var price = price(form, result);
        if (!result.hasErrors() && price.isPresent()) {
            try {
                catalog.changeVariant(productId, new VariantId(variantId), draft(form, price.get()));
                redirect.addFlashAttribute(StaffProductController.NOTICE, "catalog.staff.notice.saved");
                return "redirect:/staff/products/" + id;
            } catch (SkuTakenException e) {
                result.rejectValue("sku", "catalog.staff.variant.sku.taken");
            }
        }
        model.addAttribute("product", product);
        model.addAttribute("variantId", variantId);
        return "catalog/staff/variant-form";
    }

    /** Parses the typed price in the shop's currency, or rejects the field with a clear message. */
    private Optional<Money> price(VariantForm form, BindingResult result) {
        if (result.hasFieldErrors("price") || form.price() == null) {
            return Optional.empty();
        }
        var currency = Currency.getInstance(shop.currency());
        var typed = form.price().strip();
        Optional<Money> price = Optional.empty();
        if (DECIMAL.matcher(typed).matches()) {
            try {
                price = Optional.of(Money.parse(typed.replace(',', '.'), shop.currency()))
                        .filter(m -> m.toDecimal().longValue() < MAX_PRICE_MAJOR);
            } catch (IllegalArgumentException | ArithmeticException e) {
                price = Optional.empty();
            }
        }
        if (price.isEmpty()) {
            result.rejectValue(
                    "price",
                    "catalog.staff.variant.price.invalid",
                    new Object[] {currency.getDefaultFractionDigits()},
                    "Enter a price like 24.90");
        }
        return price;
    }

    private static VariantDraft draft(VariantForm form, Money price) {
        return new VariantDraft(String.valueOf(form.name()), String.valueOf(form.sku()), price, form.isAvailable());
    }
}
