package shop.atelier.customers.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.customers.internal.AccountManagement;
import shop.atelier.customers.internal.EmailAlreadyRegistered;
import shop.atelier.customers.internal.PasswordPolicy;
import shop.atelier.customers.internal.PasswordRefused;

@Controller
class RegistrationController {

    static final String VIEW = "customers/register";

    private final AccountManagement accounts;
    private final SessionSignIn signIn;

    RegistrationController(AccountManagement accounts, SessionSignIn signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
    }

    @ModelAttribute("passwordMinLength")
    int passwordMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    @ModelAttribute("passwordMaxLength")
    int passwordMaxLength() {
        return PasswordPolicy.MAX_LENGTH;
    }

    @GetMapping("/register")
    String form(@Nullable Authentication authentication, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/account";
        }
        model.addAttribute("form", RegistrationForm.empty());
        return VIEW;
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("password")) {
            PasswordPolicy.check(form.password(), form.email())
                    .ifPresent(problem -> FormErrors.rejectPassword(result, "password", problem));
        }
        if (result.hasErrors()) {
            return FormErrors.showAgain(VIEW, response);
        }
        try {
            accounts.register(form.name(), form.email(), form.phone(), form.password());
        } catch (EmailAlreadyRegistered e) {
            result.rejectValue("email", "customers.register.email.taken");
            return FormErrors.showAgain(VIEW, response);
        } catch (PasswordRefused e) {
            FormErrors.rejectPassword(result, "password", e.problem());
            return FormErrors.showAgain(VIEW, response);
        }
        signIn.signIn(form.email(), request, response);
        redirect.addFlashAttribute("notice", "customers.account.welcome");
        return "redirect:/account";
    }
}
