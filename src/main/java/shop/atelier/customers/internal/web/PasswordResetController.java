package shop.atelier.customers.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import shop.atelier.customers.internal.PasswordPolicy;
import shop.atelier.customers.internal.PasswordRefused;
import shop.atelier.customers.internal.PasswordResets;
import shop.atelier.customers.internal.ResetLinkInvalid;

/**
 * Password reset by emailed link. Asking for a link always gets the same answer, so the form does
 * not tell anyone whether an email has an account. A link that is unknown, expired or used gets
 * one page (410 Gone) that does not say which.
 */
@Controller
class PasswordResetController {

    static final String REQUEST_VIEW = "customers/password-reset";
    static final String SENT_VIEW = "customers/password-reset-sent";
    static final String NEW_PASSWORD_VIEW = "customers/password-reset-form";
    static final String INVALID_VIEW = "customers/password-reset-invalid";

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @ModelAttribute("passwordMinLength")
    int passwordMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    @ModelAttribute("passwordMaxLength")
    int passwordMaxLength() {
        return PasswordPolicy.MAX_LENGTH;
    }

    @GetMapping("/password-reset")
    String requestForm(Model model) {
        model.addAttribute("form", new PasswordResetRequestForm(""));
        return REQUEST_VIEW;
    }

    @PostMapping("/password-reset")
    String request(
            @Valid @ModelAttribute("form") PasswordResetRequestForm form,
            BindingResult result,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            return FormErrors.showAgain(REQUEST_VIEW, response);
        }
        resets.request(form.email());
        return SENT_VIEW;
    }

    @GetMapping("/password-reset/{token}")
    String newPasswordForm(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!resets.isUsable(token)) {
            return invalid(response);
        }
        model.addAttribute("token", token);
        model.addAttribute("form", NewPasswordForm.empty());
        return NEW_PASSWORD_VIEW;
    }

    @PostMapping("/password-reset/{token}")
    String reset(
            @PathVariable String token,
            @Valid @ModelAttribute("form") NewPasswordForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        if (!resets.isUsable(token)) {
            return invalid(response);
        }
        if (!result.hasFieldErrors("confirmation") && !form.password().equals(form.confirmation())) {
            result.rejectValue("confirmation", "customers.password.confirmation.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                resets.reset(token, form.password());
                return "redirect:/login?password-changed";
            } catch (PasswordRefused e) {
                FormErrors.rejectPassword(result, "password", e.problem());
            } catch (ResetLinkInvalid e) {
                return invalid(response);
            }
        }
        model.addAttribute("token", token);
        return FormErrors.showAgain(NEW_PASSWORD_VIEW, response);
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        return INVALID_VIEW;
    }
}
