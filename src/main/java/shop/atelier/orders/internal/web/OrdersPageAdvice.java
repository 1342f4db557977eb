package shop.atelier.orders.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import shop.atelier.orders.internal.CartNeedsChanges;
import shop.atelier.orders.internal.CartService;
import shop.atelier.orders.internal.EmptyCart;
import shop.atelier.orders.internal.InvalidCartInput;
import shop.atelier.platform.ShopProperties;

/** Bad input on the cart and checkout pages: a readable 400 page that lists what is wrong. */
@ControllerAdvice(assignableTypes = {CartController.class, CheckoutController.class})
class OrdersPageAdvice {

    private final ShopProperties shop;
    private final CartService carts;

    OrdersPageAdvice(ShopProperties shop, CartService carts) {
        this.shop = shop;
        this.carts = carts;
    }

    @ExceptionHandler(InvalidCartInput.class)
    ModelAndView invalid(InvalidCartInput e, HttpServletRequest request) {
        return problems(e.problems(), request);
    }

    @ExceptionHandler(PriceFieldRefused.class)
    ModelAndView priceField(HttpServletRequest request) {
        return problems(
                List.of(new InvalidCartInput.Problem(
                        "price", "orders.cart.prices-refused", List.of(), PriceFieldRefused.MESSAGE)),
                request);
    }

    @ExceptionHandler(EmptyCart.class)
    ModelAndView emptyCart(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("message", "orders.cart.empty-checkout");
        return Redirects.seeOther("/cart");
    }

    @ExceptionHandler(CartNeedsChanges.class)
    ModelAndView cartChanged(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("message", "orders.checkout.cart-changed");
        return Redirects.seeOther("/cart");
    }

    /** Model attributes from controller advice are not added to error views: the layout's are added here. */
    private ModelAndView problems(List<InvalidCartInput.Problem> problems, HttpServletRequest request) {
        var cartId = CartSession.get(request);
        var page = new ModelAndView("orders/problems")
                .addObject("problems", problems)
                .addObject("back", sameSiteReferer(request))
                .addObject("shop", shop)
                .addObject("cartCount", cartId == null ? null : carts.itemCount(cartId));
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    /** The page the visitor came from (e.g. the product page), if it is one of ours. */
    private static @Nullable String sameSiteReferer(HttpServletRequest request) {
        var referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            var uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            var path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
