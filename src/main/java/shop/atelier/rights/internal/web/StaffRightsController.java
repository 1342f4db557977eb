package shop.atelier.rights.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.Roles;
import shop.atelier.privacy.AuditLog;
import shop.atelier.rights.internal.RequestType;
import shop.atelier.rights.internal.RightsDesk;
import shop.atelier.rights.internal.ShopifyCompliance;
import shop.atelier.rights.internal.web.Forms.LogForm;
import shop.atelier.rights.internal.web.Forms.MergeForm;
import shop.atelier.rights.internal.web.Forms.NoteForm;

/**
 * The privacy officer's request tracker (promise G5): every request with its state and due date,
 * overdue first; logging a request that came by email; verifying the requester; answering, refusing
 * and merging. The list names nobody; a request's page shows the requester's address and is on the
 * audit log.
 */
@Controller
@RequestMapping("/staff/privacy/requests")
@PreAuthorize("hasRole('" + Roles.PRIVACY_OFFICER + "')")
class StaffRightsController {

    private final RightsDesk desk;
    private final ShopifyCompliance shopify;
    private final AuditLog audit;

    StaffRightsController(RightsDesk desk, ShopifyCompliance shopify, AuditLog audit) {
        this.desk = desk;
        this.shopify = shopify;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", LogForm.empty());
        return listPage(model);
    }

    private String listPage(Model model) {
        model.addAttribute("requests", desk.all());
        model.addAttribute("shopRedactions", shopify.shopRedactions());
        model.addAttribute("types", RequestType.values());
        model.addAttribute("now", desk.now());
        return "rights/staff-requests";
    }

    @PostMapping
    String log(
            @Valid @ModelAttribute("form") LogForm form,
            BindingResult errors,
            Authentication staff,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return listPage(model);
        }
        var answer = desk.logFromEmail(form.type(), form.email(), form.details(), staff.getName());
        redirect.addFlashAttribute("notice", answer.joined() ? "rights.staff.joined" : "rights.staff.logged");
        return "redirect:/staff/privacy/requests/" + answer.request().id();
    }

    @GetMapping("/{id}")
    String request(@PathVariable UUID id, Authentication staff, Model model) {
        var request = desk.find(id).orElseThrow(() -> new NotFoundException("No such request"));
        if (request.email() != null) {
            audit.record(
                    staff.getName(),
                    role(staff),
                    null,
                    "view-rights-request",
                    "rights-request:" + id,
                    request.customerId(),
                    request.email(),
                    null);
        }
        model.addAttribute("request", request);
        model.addAttribute("history", desk.history(id));
        model.addAttribute("receipt", desk.receipt(request).orElse(null));
        model.addAttribute("downloads", desk.downloads(id));
        model.addAttribute("now", desk.now());
        model.addAttribute(
                "mergeTargets",
                desk.all().stream()
                        .filter(other ->
                                other.state().open() && !other.id().equals(id) && other.type() == request.type())
                        .toList());
        return "rights/staff-request";
    }

    @PostMapping("/{id}/verification-mail")
    String sendVerification(@PathVariable UUID id, Authentication staff, RedirectAttributes redirect) {
        desk.sendVerificationMail(id, staff.getName());
        return done(id, "rights.staff.verification-sent", redirect);
    }

    @PostMapping("/{id}/verification")
    String recordVerification(
            @PathVariable UUID id,
            @Valid @ModelAttribute NoteForm note,
            BindingResult errors,
            Authentication staff,
            RedirectAttributes redirect) {
        requireNote(errors);
        desk.recordVerification(id, note.text(), staff.getName());
        return done(id, "rights.staff.verified", redirect);
    }

    @PostMapping("/{id}/access")
    String runAccess(@PathVariable UUID id, Authentication staff, RedirectAttributes redirect) {
        desk.runAccess(id, staff.getName());
        return done(id, "rights.staff.access-done", redirect);
    }

    @PostMapping("/{id}/erasure")
    String runErasure(@PathVariable UUID id, Authentication staff, RedirectAttributes redirect) {
        desk.runErasure(id, staff.getName());
        return done(id, "rights.staff.erasure-done", redirect);
    }

    @PostMapping("/{id}/correction")
    String recordCorrection(
            @PathVariable UUID id,
            @Valid @ModelAttribute NoteForm note,
            BindingResult errors,
            Authentication staff,
            RedirectAttributes redirect) {
        requireNote(errors);
        desk.recordCorrection(id, note.text(), staff.getName());
        return done(id, "rights.staff.corrected", redirect);
    }

    @PostMapping("/{id}/refusal")
    String refuse(
            @PathVariable UUID id,
            @Valid @ModelAttribute NoteForm note,
            BindingResult errors,
            Authentication staff,
            RedirectAttributes redirect) {
        requireNote(errors);
        desk.refuse(id, note.text(), staff.getName());
        return done(id, "rights.staff.refused", redirect);
    }

    @PostMapping("/{id}/merge")
    String merge(
            @PathVariable UUID id,
            @Valid @ModelAttribute MergeForm form,
            BindingResult errors,
            Authentication staff,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || form.into() == null) {
            throw new BadStaffInput();
        }
        desk.merge(id, form.into(), staff.getName());
        return done(form.into(), "rights.staff.merged", redirect);
    }

    private static void requireNote(BindingResult errors) {
        if (errors.hasErrors()) {
            throw new BadStaffInput();
        }
    }

    /** A staff form without its text: 400 on the error page; nothing is changed. */
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.BAD_REQUEST)
    static final class BadStaffInput extends RuntimeException {
        BadStaffInput() {
            super("The form needs a text of at most 4000 characters.");
        }
    }

    private static String done(UUID id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/staff/privacy/requests/" + id;
    }

    private static String role(Authentication staff) {
        var admin = staff.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Roles.ADMIN).equals(authority.getAuthority()));
        return admin ? Roles.ADMIN : Roles.PRIVACY_OFFICER;
    }
}
