package shop.atelier.orders.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.orders.internal.CartService;
import shop.atelier.orders.internal.CartView;
import shop.atelier.orders.internal.CheckoutService;
import shop.atelier.orders.internal.OrderLinks;

/**
 * Checkout: contact and addresses (nothing else, promise C1), prefilled for a signed-in customer;
 * then the order is placed and the browser sent to the payment provider.
 */
@Controller
class CheckoutController {

    static final String FORM = "checkoutForm";

    private final CartService carts;
    private final CheckoutService checkout;
    private final Customers customers;
    private final Countries countries;
    private final OrderLinks links;
    private final SpringValidatorAdapter validator;

    CheckoutController(
            CartService carts,
            CheckoutService checkout,
            Customers customers,
            Countries countries,
            OrderLinks links,
            jakarta.validation.Validator validator) {
        this.carts = carts;
        this.checkout = checkout;
        this.customers = customers;
        this.countries = countries;
        this.links = links;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/checkout")
    ModelAndView form(HttpServletRequest request, RedirectAttributes flash, Locale locale) {
        var cart = carts.view(CartSession.get(request));
        if (cart.isEmpty()) {
            flash.addFlashAttribute("message", "orders.cart.empty-checkout");
            return Redirects.seeOther("/cart");
        }
        var customer = customers.signedIn();
        var address = customer.flatMap(c -> customers.addresses(c.id()).stream().findFirst());
        var form = Forms.Checkout.prefilled(customer.orElse(null), address.orElse(null));
        return page(form, cart, locale);
    }

    @PostMapping("/checkout")
    ModelAndView place(
            @Valid @ModelAttribute(FORM) Forms.@Nullable Checkout form,
            BindingResult binding,
            HttpServletRequest request,
            RedirectAttributes flash,
            Locale locale) {
        PriceFields.refuse(request);
        if (form == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The checkout form could not be read");
        }
        var cartId = CartSession.get(request);
        var cart = carts.view(cartId);
        if (cartId == null || cart.isEmpty()) {
            flash.addFlashAttribute("message", "orders.cart.empty-checkout");
            return Redirects.seeOther("/cart");
        }
        if (!form.sameAddress()) {
            binding.pushNestedPath("billing");
            validator.validate(form.billing(), binding);
            binding.popNestedPath();
        }
        if (binding.hasErrors()) {
            var page = page(form, cart, locale).addAllObjects(binding.getModel());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        var placed = checkout.checkout(cartId, form.toDetails());
        CartSession.clear(request);
        if (placed.paymentUrl() != null) {
            return Redirects.seeOther(placed.paymentUrl().toString());
        }
        flash.addFlashAttribute("message", "orders.payment.unavailable");
        var orderPage = links.orderPage(placed.id(), placed.customerId() != null, placed.trackingToken());
        return Redirects.seeOther(orderPage.getRawPath());
    }

    private ModelAndView page(Forms.Checkout form, CartView cart, Locale locale) {
        return new ModelAndView("orders/checkout")
                .addObject(FORM, form)
                .addObject("cart", cart)
                .addObject("countries", countries.all(locale))
                .addObject(
                        "signedIn",
                        customers.signedIn().map(CustomerProfile::name).orElse(null));
    }
}
