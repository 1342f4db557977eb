package shop.atelier.proofs.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;
import shop.atelier.platform.NotFoundException;
import shop.atelier.proofs.ProofRequestId;
import shop.atelier.proofs.ProofState;
import shop.atelier.proofs.internal.ProofNotAwaitingCustomer;
import shop.atelier.proofs.internal.ProofService;
import shop.atelier.uploads.Viewer;

/**
 * The customer's proof page beside their order page: guests reach it through their tracking link,
 * customers from their account (their own orders only; anything else is "not found"). While a
 * preview awaits them they approve it or ask for changes; answering a round that no longer waits
 * (a double submit, an old page) changes nothing and says so.
 */
@Controller
class CustomerProofController {

    static final String VIEW = "proofs/customer";
    static final String PURPOSE = "proof-review";

    /** Tracking tokens are 43 characters; anything much longer is not worth hashing. */
    private static final int MAX_TOKEN_LENGTH = 100;

    private final Orders orders;
    private final Customers customers;
    private final ProofService proofs;
    private final MaterialLinks links;
    private final MessageSource messages;

    CustomerProofController(
            Orders orders, Customers customers, ProofService proofs, MaterialLinks links, MessageSource messages) {
        this.orders = orders;
        this.customers = customers;
        this.proofs = proofs;
        this.links = links;
        this.messages = messages;
    }

    /** The order a request opens, who looks at it, and where its pages are. */
    private record Access(OrderSummary order, Viewer viewer, String path) {}

    @GetMapping("/orders/track/{token}/proofs")
    ModelAndView tracked(@PathVariable String token, @Nullable Principal principal) {
        return page(trackedAccess(token, principal), Form.none());
    }

    @PostMapping("/orders/track/{token}/proofs/{requestId}/approve")
    ModelAndView trackedApprove(
            @PathVariable String token,
            @PathVariable UUID requestId,
            @RequestParam int round,
            @Nullable Principal principal,
            HttpServletRequest request) {
        return approve(trackedAccess(token, principal), requestId, round, request);
    }

    @PostMapping("/orders/track/{token}/proofs/{requestId}/changes")
    ModelAndView trackedChanges(
            @PathVariable String token,
            @PathVariable UUID requestId,
            @Valid @ModelAttribute("changesForm") ChangesForm form,
            BindingResult result,
            @Nullable Principal principal,
            HttpServletRequest request,
            Locale locale) {
        return changes(trackedAccess(token, principal), requestId, form, result, request, locale);
    }

    @GetMapping("/account/orders/{id}/proofs")
    ModelAndView own(@PathVariable UUID id, Principal principal) {
        return page(ownAccess(id, principal), Form.none());
    }

    @PostMapping("/account/orders/{id}/proofs/{requestId}/approve")
    ModelAndView ownApprove(
            @PathVariable UUID id,
            @PathVariable UUID requestId,
            @RequestParam int round,
            Principal principal,
            HttpServletRequest request) {
        return approve(ownAccess(id, principal), requestId, round, request);
    }

    @PostMapping("/account/orders/{id}/proofs/{requestId}/changes")
    ModelAndView ownChanges(
            @PathVariable UUID id,
            @PathVariable UUID requestId,
            @Valid @ModelAttribute("changesForm") ChangesForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Locale locale) {
        return changes(ownAccess(id, principal), requestId, form, result, request, locale);
    }

    private ModelAndView approve(Access access, UUID requestId, int round, HttpServletRequest request) {
        try {
            proofs.approve(access.order().id(), new ProofRequestId(requestId), round);
            flash(request, "notice", "proofs.customer.approved");
        } catch (ProofNotAwaitingCustomer e) {
            flash(request, "message", "proofs.customer.stale");
        }
        return Redirects.seeOther(access.path());
    }

    private ModelAndView changes(
            Access access,
            UUID requestId,
            ChangesForm form,
            BindingResult result,
            HttpServletRequest request,
            Locale locale) {
        if (result.hasFieldErrors("round") || form.round() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No round");
        }
        var error = result.getFieldError("comment");
        if (error != null) {
            var page = page(
                    access,
                    new Form(
                            requestId,
                            form.comment() == null ? "" : form.comment(),
                            messages.getMessage(error, locale)));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        try {
            proofs.requestChanges(
                    access.order().id(),
                    new ProofRequestId(requestId),
                    form.round(),
                    Objects.requireNonNull(form.comment()));
            flash(request, "notice", "proofs.customer.changes-sent");
        } catch (ProofNotAwaitingCustomer e) {
            flash(request, "message", "proofs.customer.stale");
        }
        return Redirects.seeOther(access.path());
    }

    private ModelAndView page(Access access, Form form) {
        var proofList = proofs.ofOrder(access.order().id());
        if (proofList.isEmpty()) {
            throw new NotFoundException("This order has no design proofs");
        }
        return new ModelAndView(VIEW)
                .addObject("order", access.order())
                .addObject("proofsPath", access.path())
                .addObject("orderPath", access.path().substring(0, access.path().length() - "/proofs".length()))
                .addObject(
                        "proofs",
                        proofList.stream()
                                .map(proof -> links.proof(proof, access.viewer()))
                                .toList())
                .addObject("allApproved", proofList.stream().allMatch(p -> p.state() == ProofState.APPROVED))
                .addObject("form", form)
                .addObject("maxComment", ProofService.MAX_COMMENT_LENGTH);
    }

    private Access trackedAccess(String token, @Nullable Principal principal) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new NotFoundException("No such order");
        }
        var order = orders.byTrackingToken(token).orElseThrow(() -> new NotFoundException("No such order"));
        var viewer = new Viewer("GUEST", order.number(), principal == null ? null : principal.getName(), PURPOSE);
        return new Access(order, viewer, "/orders/track/" + token + "/proofs");
    }

    private Access ownAccess(UUID id, Principal principal) {
        var customer =
                customers.signedIn().map(CustomerProfile::id).orElseThrow(() -> new NotFoundException("No such order"));
        var order = orders.summary(new OrderId(id))
                .filter(o -> customer.equals(o.customerId()))
                .orElseThrow(() -> new NotFoundException("No such order"));
        var viewer = new Viewer("CUSTOMER", customer.toString(), principal.getName(), PURPOSE);
        return new Access(order, viewer, "/account/orders/" + id + "/proofs");
    }

    private static void flash(HttpServletRequest request, String key, String message) {
        RequestContextUtils.getOutputFlashMap(request).put(key, message);
    }

    /** The change request to show again: for which proof, what was typed, and the error next to it. */
    record Form(
            @Nullable UUID requestId,
            String comment,
            @Nullable String error) {

        static Form none() {
            return new Form(null, "", null);
        }

        public boolean isFor(UUID id) {
            return id.equals(requestId);
        }
    }
}
