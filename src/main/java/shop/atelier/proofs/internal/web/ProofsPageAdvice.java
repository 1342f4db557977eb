package shop.atelier.proofs.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import shop.atelier.orders.IllegalOrderTransition;
import shop.atelier.platform.BusinessRuleException;
import shop.atelier.platform.ShopProperties;
import shop.atelier.proofs.internal.OrderNotInProofing;
import shop.atelier.proofs.internal.ProofAlreadyApproved;

/** A refused proof action gets a readable page that says why, with the way back. */
@ControllerAdvice(assignableTypes = {StaffProofController.class, CustomerProofController.class})
class ProofsPageAdvice {

    private final ShopProperties shop;

    ProofsPageAdvice(ShopProperties shop) {
        this.shop = shop;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ModelAndView refused(BusinessRuleException e, HttpServletRequest request) {
        var message = switch (e) {
            case OrderNotInProofing refused -> "proofs.problem.not-proofing";
            case ProofAlreadyApproved refused -> "proofs.problem.approved";
            case IllegalOrderTransition refused -> "proofs.problem.order-state";
            default -> "proofs.problem.conflict";
        };
        return problem(HttpStatus.CONFLICT, message, request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badInput(HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "proofs.problem.bad-input", request);
    }

    /** Model attributes from controller advice are not added to error views: the layout's are added here. */
    private ModelAndView problem(HttpStatus status, String message, HttpServletRequest request) {
        var page = new ModelAndView("proofs/problem")
                .addObject("message", message)
                .addObject("back", proofsPage(request.getRequestURI()))
                .addObject("shop", shop);
        page.setStatus(status);
        return page;
    }

    /** The proof page the refused action came from: the path up to its {@code /proofs} segment. */
    static String proofsPage(String uri) {
        var at = uri.indexOf("/proofs");
        return at < 0 ? "/" : uri.substring(0, at + "/proofs".length());
    }
}
