package shop.atelier.privacy.internal.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import shop.atelier.privacy.internal.AuditChain;
import shop.atelier.privacy.internal.DisclosureRegister;

/**
 * A signed-in customer's own registers: who received their data (recipient, categories in words,
 * date — no internal references) and who opened their photos and order data (role and workshop,
 * never a staff member's name). The principal name is the account's email address; the account id
 * is not in the security context, so the person is found by that email.
 */
@Controller
class AccountPrivacyController {

    private final DisclosureRegister disclosures;
    private final AuditChain audit;

    AccountPrivacyController(DisclosureRegister disclosures, AuditChain audit) {
        this.disclosures = disclosures;
        this.audit = audit;
    }

    @GetMapping("/account/privacy/disclosures")
    String disclosures(Principal principal, Model model) {
        model.addAttribute("items", disclosures.about(null, principal.getName()));
        return "privacy/account-disclosures";
    }

    @GetMapping("/account/privacy/access")
    String access(Principal principal, Model model) {
        model.addAttribute("entries", audit.about(null, principal.getName()));
        return "privacy/account-access";
    }
}
