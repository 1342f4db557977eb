package shop.atelier.privacy.internal.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.platform.Roles;
import shop.atelier.privacy.Disclosure;
import shop.atelier.privacy.Disclosure.RecipientKind;
import shop.atelier.privacy.internal.AuditChain;
import shop.atelier.privacy.internal.DisclosureRegister;
import shop.atelier.privacy.internal.LegalHoldRegister;
import shop.atelier.privacy.spi.LegalBasis;

/**
 * The privacy officer's pages (promises S2–S4, M3): the disclosure register with its search, legal
 * disclosures, legal holds, and the audit log with its chain verification. {@code /staff/**} lets any
 * STAFF member in, so these pages require PRIVACY_OFFICER themselves (ADMIN implies it).
 */
@Controller
@RequestMapping("/staff/privacy")
@PreAuthorize("hasRole('" + Roles.PRIVACY_OFFICER + "')")
class StaffPrivacyController {

    static final List<LegalBasis> LEGAL_BASES = List.of(LegalBasis.LEGAL_OBLIGATION, LegalBasis.LEGITIMATE_INTEREST);

    private final DisclosureRegister disclosures;
    private final LegalHoldRegister holds;
    private final AuditChain audit;
    private final PrivacyTimes times;

    StaffPrivacyController(
            DisclosureRegister disclosures, LegalHoldRegister holds, AuditChain audit, PrivacyTimes times) {
        this.disclosures = disclosures;
        this.holds = holds;
        this.audit = audit;
        this.times = times;
    }

    @GetMapping
    String home() {
        return "redirect:/staff/privacy/disclosures";
    }

    @GetMapping("/disclosures")
    String disclosures(
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable String recipient,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Authentication principal,
            Model model) {
        var orderText = blankToNull(order);
        var orderId = orderText == null ? null : uuid(orderText).orElse(null);
        var query = new DisclosureRegister.Query(
                blankToNull(email),
                orderId,
                orderText != null && orderId == null ? orderText : null,
                blankToNull(recipient),
                from == null ? null : from.atStartOfDay(zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone()).toInstant());
        model.addAttribute("items", disclosures.search(query));
        if (query.email() != null) {
            auditLookUp(principal, "search-disclosures", "disclosures", null, query.email());
        }
        model.addAttribute("email", email);
        model.addAttribute("order", order);
        model.addAttribute("recipient", recipient);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "privacy/staff-disclosures";
    }

    @GetMapping("/disclosures/legal")
    String legalForm(Model model) {
        model.addAttribute("form", LegalDisclosureForm.empty());
        return legalPage(model);
    }

    @PostMapping("/disclosures/legal")
    String recordLegal(
            @Valid @ModelAttribute("form") LegalDisclosureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!form.namesSomeone()) {
            errors.rejectValue("email", "privacy.legal.whose.required");
        }
        if (form.categories() != null && !DataCategories.HANDED_OVER.containsAll(form.categories())) {
            errors.rejectValue("categories", "privacy.legal.categories.unknown");
        }
        if (form.legalBasis() != null && !LEGAL_BASES.contains(form.legalBasis())) {
            errors.rejectValue("legalBasis", "privacy.legal.basis.required");
        }
        if (errors.hasErrors()) {
            return legalPage(model);
        }
        var orderNumber = blankToNull(form.orderNumber());
        var orderId = orderNumber == null ? null : uuid(orderNumber).orElse(null);
        disclosures.recordLegal(
                new Disclosure(
                        form.authority().strip(),
                        RecipientKind.AUTHORITY,
                        form.purpose().strip(),
                        form.legalBasis(),
                        form.categories(),
                        null,
                        blankToNull(form.email()),
                        orderId,
                        form.handedOverOn().atStartOfDay(zone()).toInstant(),
                        form.reference().strip()),
                orderId == null ? orderNumber : null,
                form.approver().strip());
        redirect.addFlashAttribute("recorded", true);
        return "redirect:/staff/privacy/disclosures";
    }

    private String legalPage(Model model) {
        model.addAttribute("categories", DataCategories.HANDED_OVER);
        model.addAttribute("legalBases", LEGAL_BASES);
        return "privacy/staff-legal-disclosure";
    }

    @GetMapping("/holds")
    String holds(Model model) {
        model.addAttribute("form", HoldForm.empty());
        return holdsPage(model);
    }

    @PostMapping("/holds")
    String placeHold(
            @Valid @ModelAttribute("form") HoldForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.hasEmail() == form.hasOrder()) {
            errors.rejectValue("email", "privacy.hold.target.one");
        }
        if (errors.hasErrors()) {
            return holdsPage(model);
        }
        if (form.hasEmail()) {
            holds.place(form.email(), null, null, form.reason(), form.reference());
        } else {
            var typed = form.order().strip();
            var orderId = uuid(typed);
            holds.place(
                    null, orderId.orElse(null), orderId.isPresent() ? null : typed, form.reason(), form.reference());
        }
        redirect.addFlashAttribute("placed", true);
        return "redirect:/staff/privacy/holds";
    }

    @PostMapping("/holds/{id}/lift")
    String liftHold(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        if (reason != null && reason.length() > 1000) {
            throw new IllegalArgumentException("The reason is too long");
        }
        holds.lift(id, reason);
        redirect.addFlashAttribute("lifted", true);
        return "redirect:/staff/privacy/holds";
    }

    private String holdsPage(Model model) {
        model.addAttribute("holds", holds.standing());
        return "privacy/staff-holds";
    }

    @GetMapping("/audit")
    String audit(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String customer,
            @RequestParam(required = false) @Nullable UUID order,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Authentication principal,
            Model model) {
        var customerText = blankToNull(customer);
        var customerId = customerText == null ? null : uuid(customerText).orElse(null);
        if (customerText != null) {
            auditLookUp(
                    principal, "search-audit-log", "audit-log", customerId, customerId == null ? customerText : null);
        }
        model.addAttribute(
                "entries",
                audit.search(
                        blankToNull(actor),
                        customerId,
                        customerText != null && customerId == null ? customerText : null,
                        order,
                        from == null ? null : from.atStartOfDay(zone()).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(zone()).toInstant()));
        model.addAttribute("actor", actor);
        model.addAttribute("customer", customer);
        model.addAttribute("order", order);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "privacy/staff-audit";
    }

    @PostMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        model.addAttribute("entries", List.of());
        return "privacy/staff-audit";
    }

    /**
     * A search for one person's records is itself an access to their data (staff reach personal data
     * only through audited screens); the person sees it as the privacy officer's, by role.
     */
    private void auditLookUp(
            Authentication principal,
            String action,
            String resource,
            @Nullable UUID customerId,
            @Nullable String email) {
        var admin = principal.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Roles.ADMIN).equals(authority.getAuthority()));
        var role = admin ? Roles.ADMIN : Roles.PRIVACY_OFFICER;
        audit.record(principal.getName(), role, null, action, resource, customerId, email, null);
    }

    private ZoneId zone() {
        return times.zone();
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
