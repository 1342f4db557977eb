package shop.atelier.privacy.internal.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.platform.Roles;
import shop.atelier.privacy.internal.policy.PolicyLabelTaken;
import shop.atelier.privacy.internal.policy.PolicyLibrary;
import shop.atelier.privacy.internal.policy.PolicyVersion;

/**
 * Privacy officers draft, edit, preview and publish versions of the privacy policy (promise V1). A
 * new draft starts as a copy of the version in force; a published version can be read, never
 * changed. Publishing a material change emails every registered customer.
 */
@Controller
@RequestMapping("/staff/privacy/policy")
@PreAuthorize("hasRole('" + Roles.PRIVACY_OFFICER + "')")
class StaffPolicyController {

    private final PolicyLibrary library;
    private final PolicyPages pages;

    StaffPolicyController(PolicyLibrary library, PolicyPages pages) {
        this.library = library;
        this.pages = pages;
    }

    @GetMapping
    String versions(Model model) {
        model.addAttribute("versions", library.all());
        model.addAttribute("inForce", library.inForce().map(PolicyVersion::id).orElse(null));
        return "privacy/staff-policy";
    }

    @GetMapping("/new")
    String newDraft(Model model) {
        var body = library.inForce().map(PolicyVersion::body).orElse("");
        model.addAttribute("form", new PolicyForm("", "", false, body));
        return "privacy/staff-policy-form";
    }

    @PostMapping("/new")
    String createDraft(
            @Valid @ModelAttribute("form") PolicyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "privacy/staff-policy-form";
        }
        try {
            var draft = library.draft(form.label(), form.summary(), form.materialChange(), form.body());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/privacy/policy/" + draft.id();
        } catch (PolicyLabelTaken taken) {
            errors.rejectValue("label", "privacy.policy.label.taken");
            return "privacy/staff-policy-form";
        }
    }

    @GetMapping("/{id}")
    String version(@PathVariable UUID id, Model model) {
        var version = library.get(id);
        model.addAttribute("policyVersion", version);
        model.addAttribute(
                "form", new PolicyForm(version.label(), version.summary(), version.material(), version.body()));
        return "privacy/staff-policy-form";
    }

    @PostMapping("/{id}")
    String saveDraft(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PolicyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var version = library.get(id);
        model.addAttribute("policyVersion", version);
        if (errors.hasErrors()) {
            return "privacy/staff-policy-form";
        }
        try {
            library.edit(id, form.label(), form.summary(), form.materialChange(), form.body());
        } catch (PolicyLabelTaken taken) {
            errors.rejectValue("label", "privacy.policy.label.taken");
            return "privacy/staff-policy-form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/staff/privacy/policy/" + id;
    }

    /** The public page as it will read once this version is in force. */
    @GetMapping("/{id}/preview")
    String preview(@PathVariable UUID id, Model model) {
        pages.policyPage(library.get(id), model);
        model.addAttribute("preview", true);
        return "privacy/policy";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        var published = library.publish(id);
        redirect.addFlashAttribute("published", published.label());
        return "redirect:/staff/privacy/policy";
    }
}
