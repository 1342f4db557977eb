package shop.atelier.catalog.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import shop.atelier.catalog.SlotViolation;
import shop.atelier.catalog.internal.ProductDetails;
import shop.atelier.catalog.internal.StorefrontCatalog;
import shop.atelier.catalog.internal.Variant;
import shop.atelier.platform.NotFoundException;

/**
 * The catalog page and the product pages. A product page's form posts to {@code /cart/lines}
 * (fields {@code variantId}, {@code quantity}, {@code personalization[<slot key>]}). When the cart
 * refuses a line it may redirect back here with the flash attributes {@value #VALUES} (the values
 * sent, by slot key), {@value #VIOLATIONS} (a {@code List<SlotViolation>}), {@value #VARIANT} and
 * {@value #QUANTITY}; the page then shows the customer's input with each problem next to its field.
 */
@Controller
class StorefrontController {

    static final String VALUES = "personalizationValues";
    static final String VIOLATIONS = "personalizationViolations";
    static final String VARIANT = "selectedVariantId";
    static final String QUANTITY = "quantity";

    private final StorefrontCatalog storefront;

    StorefrontController(StorefrontCatalog storefront) {
        this.storefront = storefront;
    }

    @GetMapping("/")
    String catalog(Model model) {
        model.addAttribute("products", storefront.cards());
        return "catalog/index";
    }

    @GetMapping("/products/{slug}")
    String product(@PathVariable String slug, Model model) {
        var product = storefront.listedProduct(slug).orElseThrow(() -> new NotFoundException("No product " + slug));
        model.addAttribute("product", product);
        model.addAttribute("selected", selectedVariant(product, model.getAttribute(VARIANT)));
        model.addAttribute("values", values(model.getAttribute(VALUES)));
        var violations = violations(model.getAttribute(VIOLATIONS));
        var bySlot = new LinkedHashMap<String, SlotViolation>();
        var general = new java.util.ArrayList<SlotViolation>();
        violations.forEach(v -> {
            if (product.slot(v.slotKey()).isPresent()) {
                bySlot.putIfAbsent(v.slotKey(), v);
            } else {
                general.add(v);
            }
        });
        model.addAttribute("violations", bySlot);
        model.addAttribute("generalViolations", general);
        if (!model.containsAttribute(QUANTITY)) {
            model.addAttribute(QUANTITY, 1);
        }
        return "catalog/product";
    }

    private static @Nullable String selectedVariant(ProductDetails product, @Nullable Object requested) {
        var available = product.availableVariants();
        if (requested != null) {
            var wanted = requested.toString();
            for (var variant : available) {
                if (variant.id().toString().equals(wanted)) {
                    return wanted;
                }
            }
        }
        return available.stream()
                .findFirst()
                .map(Variant::id)
                .map(Object::toString)
                .orElse(null);
    }

    private static Map<String, String> values(@Nullable Object attribute) {
        var values = new LinkedHashMap<String, String>();
        if (attribute instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (k != null && v != null) {
                    values.put(k.toString(), v.toString());
                }
            });
        }
        return values;
    }

    private static List<SlotViolation> violations(@Nullable Object attribute) {
        if (attribute instanceof List<?> list) {
            return list.stream()
                    .filter(SlotViolation.class::isInstance)
                    .map(SlotViolation.class::cast)
                    .toList();
        }
        return List.of();
    }
}
