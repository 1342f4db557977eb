package shop.atelier.rights.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import shop.atelier.platform.ShopProperties;
import shop.atelier.rights.internal.RequestType;
import shop.atelier.rights.internal.RightsDesk;
import shop.atelier.rights.internal.RightsRequest;
import shop.atelier.rights.internal.web.Forms.GuestRequestForm;

/**
 * Rights requests without an account (promise G5): a public form, then a link mailed to the
 * address proves it is the requester's. The page after the form says the same whether the shop
 * knows the address or not. The verification link is used by a button (POST), so a mail scanner
 * that opens links does not use it up.
 */
@Controller
@RequestMapping("/privacy/requests")
class GuestRightsController {

    private final RightsDesk desk;
    private final ShopProperties shop;

    GuestRightsController(RightsDesk desk, ShopProperties shop) {
        this.desk = desk;
        this.shop = shop;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", GuestRequestForm.empty());
        return formPage(model);
    }

    @PostMapping
    String submit(
            @Valid @ModelAttribute("form") GuestRequestForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        if (form.type() == RequestType.CORRECTION
                && (form.details() == null || form.details().isBlank())) {
            errors.rejectValue("details", "rights.guest.details.required");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(model);
        }
        desk.requestAsGuest(form.type(), form.email(), form.details());
        return "rights/guest-sent";
    }

    private String formPage(Model model) {
        model.addAttribute("types", RequestType.values());
        return "rights/guest-form";
    }

    @GetMapping("/verify/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        var request = desk.verificationTarget(token);
        if (request.isEmpty()) {
            return linkGone(response);
        }
        model.addAttribute("request", request.get());
        model.addAttribute("token", token);
        return "rights/guest-verify";
    }

    @PostMapping("/verify/{token}")
    String verify(@PathVariable String token, Model model, HttpServletResponse response) {
        var answer = desk.verifyByLink(token);
        if (answer.isEmpty()) {
            return linkGone(response);
        }
        var request = answer.get().request();
        model.addAttribute("request", request);
        model.addAttribute(
                "statusLink", "/privacy/requests/status/" + answer.get().statusToken());
        model.addAttribute(
                "archiveLink",
                answer.get().archiveToken() == null
                        ? null
                        : "/privacy/requests/archive/" + answer.get().archiveToken());
        model.addAttribute("receipt", desk.receipt(request).orElse(null));
        return "rights/guest-done";
    }

    @GetMapping("/status/{token}")
    String status(@PathVariable String token, Model model, HttpServletResponse response) {
        var request = desk.byStatusLink(token);
        if (request.isEmpty()) {
            return linkGone(response);
        }
        show(request.get(), model);
        model.addAttribute("archiveLink", null);
        return "rights/request";
    }

    @GetMapping("/archive/{token}")
    void archive(@PathVariable String token, HttpServletResponse response) throws IOException {
        var request = desk.byArchiveLink(token).orElseThrow(LinkGone::new);
        Archives.prepare(response, LocalDate.ofInstant(desk.now(), ZoneOffset.UTC));
        desk.writeArchive(request.id(), "LINK", response.getOutputStream());
    }

    /** A link that is unknown, expired or used up. */
    static final class LinkGone extends RuntimeException {
        LinkGone() {
            super("This link does not work any more");
        }
    }

    /** An exception handler's model lacks what the advice adds, so the layout's shop is added here. */
    @ExceptionHandler(LinkGone.class)
    ModelAndView linkGone(LinkGone gone, HttpServletResponse response) {
        var view = new ModelAndView(linkGone(response));
        view.addObject("shop", shop);
        view.setStatus(HttpStatus.GONE);
        return view;
    }

    private void show(RightsRequest request, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("history", desk.history(request.id()));
        model.addAttribute("receipt", desk.receipt(request).orElse(null));
        model.addAttribute("archiveAvailable", false);
        model.addAttribute("now", desk.now());
    }

    private static String linkGone(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        response.setHeader("Cache-Control", "no-store");
        return "rights/link-gone";
    }
}
