package shop.atelier.privacy.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import shop.atelier.privacy.CookieCategory;
import shop.atelier.privacy.internal.cookies.CookieList;
import shop.atelier.privacy.internal.policy.PolicyLibrary;
import shop.atelier.privacy.internal.policy.PolicyNotices;
import shop.atelier.privacy.internal.policy.PolicyVersion;

/**
 * The public privacy policy (promises R1, V1, X1, G1-G5): the version in force with its "Last
 * updated" date, generated from the data map, and every earlier version; the cookie policy (K3)
 * from the code's own cookie list; and the dismissal of the notice of a material change.
 */
@Controller
class PolicyPageController {

    private final PolicyLibrary library;
    private final PolicyNotices notices;
    private final PolicyPages pages;
    private final CookieList cookies;

    PolicyPageController(PolicyLibrary library, PolicyNotices notices, PolicyPages pages, CookieList cookies) {
        this.library = library;
        this.notices = notices;
        this.pages = pages;
        this.cookies = cookies;
    }

    @GetMapping({"/privacy", "/privacy-policy"})
    String policy(Model model) {
        pages.policyPage(library.inForce().orElse(null), model);
        return "privacy/policy";
    }

    @GetMapping("/privacy/versions/{label}")
    String version(@PathVariable String label, Model model) {
        var version = library.publishedVersion(label);
        pages.policyPage(version, model);
        model.addAttribute(
                "earlier",
                !library.inForce().map(PolicyVersion::id).orElseThrow().equals(version.id()));
        return "privacy/policy";
    }

    @GetMapping("/privacy/cookies")
    String cookies(Model model) {
        model.addAttribute("cookies", cookies.all());
        model.addAttribute("categories", CookieCategory.values());
        model.addAttribute("cookieList", cookies);
        return "privacy/cookie-policy";
    }

    /** Hides the notice of this material change for the signed-in person, then back to their page. */
    @PostMapping("/account/privacy/policy-notice")
    String dismiss(@RequestParam String version, Principal principal, HttpServletRequest request) {
        notices.acknowledge(principal.getName(), version);
        return "redirect:" + CookieConsentController.back(request);
    }
}
