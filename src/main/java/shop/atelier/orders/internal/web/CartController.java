package shop.atelier.orders.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.ModelAndView;
import shop.atelier.catalog.VariantId;
import shop.atelier.orders.internal.CartId;
import shop.atelier.orders.internal.CartService;
import shop.atelier.platform.NotFoundException;

/**
 * The cart page. Every change is a plain form POST answered with a redirect; with htmx the same
 * POST answers with the updated cart fragment instead.
 */
@Controller
class CartController {

    private final CartService carts;

    CartController(CartService carts) {
        this.carts = carts;
    }

    @GetMapping("/cart")
    ModelAndView cart(HttpServletRequest request) {
        return new ModelAndView("orders/cart").addObject("cart", carts.view(CartSession.get(request)));
    }

    @PostMapping("/cart/lines")
    ModelAndView add(
            @Valid @ModelAttribute("line") Forms.AddLine form,
            BindingResult binding,
            HttpServletRequest request,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        PriceFields.refuse(request);
        if (binding.hasErrors()) {
            throw WebProblems.invalid(binding);
        }
        var cartId = carts.addToSessionCart(
                CartSession.get(request),
                new VariantId(form.variantId()),
                form.quantity(),
                form.personalizationOrEmpty());
        CartSession.set(request, cartId);
        if (Redirects.isHtmx(htmx)) {
            return new ModelAndView("orders/cart-added :: added").addObject("cartCount", carts.itemCount(cartId));
        }
        return Redirects.seeOther("/cart");
    }

    @PostMapping("/cart/lines/{lineId}/quantity")
    ModelAndView changeQuantity(
            @PathVariable UUID lineId,
            @Valid @ModelAttribute("quantity") Forms.Quantity form,
            BindingResult binding,
            HttpServletRequest request,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        PriceFields.refuse(request);
        var cartId = requireCart(request);
        if (binding.hasErrors()) {
            throw WebProblems.invalid(binding);
        }
        carts.changeQuantity(cartId, lineId, form.quantity());
        return afterChange(request, htmx);
    }

    @PostMapping("/cart/lines/{lineId}/remove")
    ModelAndView remove(
            @PathVariable UUID lineId,
            HttpServletRequest request,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        carts.removeLine(requireCart(request), lineId);
        return afterChange(request, htmx);
    }

    private ModelAndView afterChange(HttpServletRequest request, @Nullable String htmx) {
        if (Redirects.isHtmx(htmx)) {
            var cart = carts.view(CartSession.get(request));
            return new ModelAndView("orders/cart :: cart")
                    .addObject("cart", cart)
                    .addObject("cartCount", cart.itemCount());
        }
        return Redirects.seeOther("/cart");
    }

    private static CartId requireCart(HttpServletRequest request) {
        var cartId = CartSession.get(request);
        if (cartId == null) {
            throw new NotFoundException("No cart");
        }
        return cartId;
    }
}
