package shop.atelier.orders.internal.web;

import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.orders.IllegalOrderTransition;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.internal.Actor;
import shop.atelier.orders.internal.OrderQueries;
import shop.atelier.orders.internal.OrderService;
import shop.atelier.payments.Payments;
import shop.atelier.platform.Roles;
import shop.atelier.privacy.AuditLog;
import shop.atelier.uploads.Viewer;

/** Staff: all orders newest first, filtered by status; one order with its history, payments and contact. */
@Controller
@RequestMapping("/staff/orders")
class StaffOrderController {

    static final int PAGE_SIZE = 25;
    static final int MAX_NOTE_LENGTH = 1000;

    private final OrderQueries queries;
    private final OrderService orders;
    private final Payments payments;
    private final OrderMaterials materials;
    private final AuditLog audit;

    StaffOrderController(
            OrderQueries queries, OrderService orders, Payments payments, OrderMaterials materials, AuditLog audit) {
        this.audit = audit;
        this.queries = queries;
        this.orders = orders;
        this.payments = payments;
        this.materials = materials;
    }

    @GetMapping
    ModelAndView list(
            @RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page) {
        return new ModelAndView("orders/staff-orders")
                .addObject("page", queries.page(status(status), page, PAGE_SIZE))
                .addObject("statuses", Arrays.asList(OrderStatus.values()));
    }

    @GetMapping("/{id}")
    ModelAndView detail(@PathVariable UUID id, Authentication staff) {
        var order = queries.byId(new OrderId(id));
        var contact = order.contact();
        if (contact != null) {
            // The page shows the customer's contact data and addresses: the look is on the record.
            audit.record(
                    staff.getName(),
                    Roles.STAFF,
                    null,
                    "view-order",
                    "order:" + id,
                    order.customerId() == null ? null : order.customerId().value(),
                    contact.email(),
                    id);
        }
        var viewer = new Viewer("STAFF", staff.getName(), staff.getName(), "order-review");
        return new ModelAndView("orders/staff-order")
                .addObject("order", order)
                .addObject("ledger", payments.ledger(id))
                .addObject("materials", materials.of(order, viewer));
    }

    @PostMapping("/{id}/cancel")
    ModelAndView cancel(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String note,
            Authentication staff,
            RedirectAttributes flash) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Note too long");
        }
        try {
            orders.cancel(new OrderId(id), Actor.staff(staff.getName()), note);
            flash.addFlashAttribute("message", "orders.staff.cancelled");
        } catch (IllegalOrderTransition e) {
            flash.addFlashAttribute("error", "orders.staff.cancel-refused");
        }
        return Redirects.seeOther("/staff/orders/" + id);
    }

    private static @Nullable OrderStatus status(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown status");
        }
    }
}
