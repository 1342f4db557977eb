package shop.atelier.orders.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.internal.Actor;
import shop.atelier.orders.internal.OrderDetails;
import shop.atelier.orders.internal.OrderLinks;
import shop.atelier.orders.internal.OrderQueries;
import shop.atelier.orders.internal.OrderService;
import shop.atelier.orders.internal.PaymentUnavailable;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.SecretToken;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.Viewer;

/**
 * The order page, reached by guests through their tracking link and by customers from their
 * account. While payment is being confirmed, the status part refreshes itself (htmx polling). The
 * page shows the uploaded materials through signed links made for this viewer, and lets the
 * customer allow or withdraw their use in the shop's gallery (promise M1).
 */
@Controller
class OrderPageController {

    /** Tokens are 43 characters; anything much longer is not worth hashing. */
    private static final int MAX_TOKEN_LENGTH = 100;

    private final OrderQueries queries;
    private final OrderService orders;
    private final Customers customers;
    private final OrderLinks links;
    private final OrderMaterials materials;

    OrderPageController(
            OrderQueries queries,
            OrderService orders,
            Customers customers,
            OrderLinks links,
            OrderMaterials materials) {
        this.queries = queries;
        this.orders = orders;
        this.customers = customers;
        this.links = links;
        this.materials = materials;
    }

    @GetMapping("/orders/track/{token}")
    ModelAndView track(@PathVariable String token, @Nullable Principal principal) {
        var order = tracked(token);
        return page("orders/order", order, "/orders/track/" + token)
                .addObject("materials", materials.of(order, guest(order, principal)));
    }

    @PostMapping("/orders/track/{token}/materials/{materialId}/marketing")
    ModelAndView trackMarketing(
            @PathVariable String token,
            @PathVariable UUID materialId,
            @RequestParam boolean allowed,
            RedirectAttributes flash) {
        return marketing(tracked(token), "/orders/track/" + token, materialId, allowed, flash);
    }

    @GetMapping("/orders/track/{token}/status")
    ModelAndView trackStatus(@PathVariable String token, @RequestParam(required = false) @Nullable String shown) {
        return status(tracked(token), "/orders/track/" + token, shown);
    }

    @PostMapping("/orders/track/{token}/pay-again")
    ModelAndView trackPayAgain(@PathVariable String token, RedirectAttributes flash) {
        var order = tracked(token);
        return payAgain(order, links.tracking(new SecretToken(token)), "/orders/track/" + token, flash);
    }

    @GetMapping("/account/orders")
    ModelAndView accountOrders() {
        var orders = customers
                .signedIn()
                .map(customer -> queries.ofCustomer(customer.id()))
                .orElse(List.of());
        return new ModelAndView("orders/account-orders").addObject("orders", orders);
    }

    @GetMapping("/account/orders/{id}")
    ModelAndView accountOrder(@PathVariable UUID id, Principal principal) {
        var order = own(id);
        return page("orders/order", order, "/account/orders/" + id)
                .addObject("materials", materials.of(order, customer(order, principal)));
    }

    @PostMapping("/account/orders/{id}/materials/{materialId}/marketing")
    ModelAndView accountMarketing(
            @PathVariable UUID id,
            @PathVariable UUID materialId,
            @RequestParam boolean allowed,
            RedirectAttributes flash) {
        return marketing(own(id), "/account/orders/" + id, materialId, allowed, flash);
    }

    @GetMapping("/account/orders/{id}/status")
    ModelAndView accountOrderStatus(@PathVariable UUID id, @RequestParam(required = false) @Nullable String shown) {
        return status(own(id), "/account/orders/" + id, shown);
    }

    @PostMapping("/account/orders/{id}/pay-again")
    ModelAndView accountPayAgain(@PathVariable UUID id, RedirectAttributes flash) {
        var order = own(id);
        return payAgain(order, links.account(order.id()), "/account/orders/" + id, flash);
    }

    private ModelAndView payAgain(OrderDetails order, URI returnUrl, String orderPath, RedirectAttributes flash) {
        try {
            var paymentUrl = orders.payAgain(order.id(), Actor.CUSTOMER, returnUrl);
            return Redirects.seeOther(paymentUrl.toString());
        } catch (PaymentUnavailable e) {
            flash.addFlashAttribute("message", "orders.payment.unavailable");
            return Redirects.seeOther(orderPath);
        }
    }

    private ModelAndView marketing(
            OrderDetails order, String orderPath, UUID materialId, boolean allowed, RedirectAttributes flash) {
        materials.recordMarketingConsent(order, new MaterialId(materialId), allowed);
        flash.addFlashAttribute(
                "message",
                allowed ? "orders.materials.marketing.saved-allowed" : "orders.materials.marketing.saved-withdrawn");
        return Redirects.seeOther(orderPath + "#material-" + materialId);
    }

    /** A guest holds the tracking link; the access log names the order. */
    private static Viewer guest(OrderDetails order, @Nullable Principal principal) {
        return new Viewer("GUEST", order.number(), principal == null ? null : principal.getName(), "order-page");
    }

    private static Viewer customer(OrderDetails order, Principal principal) {
        var customer = order.customerId();
        return new Viewer(
                "CUSTOMER", customer == null ? order.number() : customer.toString(), principal.getName(), "order-page");
    }

    private OrderDetails tracked(String token) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new NotFoundException("No such order");
        }
        return queries.byTrackingToken(token);
    }

    private OrderDetails own(UUID id) {
        var customer =
                customers.signedIn().map(CustomerProfile::id).orElseThrow(() -> new NotFoundException("No such order"));
        return queries.ofCustomer(new OrderId(id), customer);
    }

    /**
     * The status part of the page, for htmx polling. While nothing changed since the version the
     * page shows, the answer is 204 No Content: htmx then swaps nothing (screen readers announce
     * nothing) and polls again.
     */
    private static ModelAndView status(OrderDetails order, String basePath, @Nullable String shown) {
        if (order.statusVersion().equals(shown)) {
            return new ModelAndView(new NoContent());
        }
        return page("orders/order :: status", order, basePath);
    }

    /** A view that answers 204 with no body. */
    private static final class NoContent implements View {
        @Override
        public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }

    private static ModelAndView page(String view, OrderDetails order, String basePath) {
        return new ModelAndView(view).addObject("order", order).addObject("orderPath", basePath);
    }
}
