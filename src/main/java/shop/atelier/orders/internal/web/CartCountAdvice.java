package shop.atelier.orders.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import shop.atelier.orders.internal.CartService;

/**
 * Puts the number of items in the visitor's cart on every page, for the layout's badge. No session
 * is created for it and no query runs unless the session holds a cart.
 */
@ControllerAdvice
class CartCountAdvice {

    private final CartService carts;

    CartCountAdvice(CartService carts) {
        this.carts = carts;
    }

    @ModelAttribute("cartCount")
    @Nullable
    Integer cartCount(HttpServletRequest request) {
        var cartId = CartSession.get(request);
        return cartId == null ? null : carts.itemCount(cartId);
    }
}
