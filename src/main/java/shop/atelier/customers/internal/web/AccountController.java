package shop.atelier.customers.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.internal.AccountManagement;
import shop.atelier.customers.internal.CurrentPasswordWrong;
import shop.atelier.customers.internal.EmailAlreadyRegistered;

/** The signed-in person's overview and the correction of their contact data (promise G2). */
@Controller
class AccountController {

    static final String PROFILE_VIEW = "customers/profile";

    private final AccountManagement accounts;
    private final SessionSignIn signIn;

    AccountController(AccountManagement accounts, SessionSignIn signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
    }

    @GetMapping("/account")
    String overview(Principal principal, Model model, Locale locale) {
        model.addAttribute("countryNames", Countries.names(locale));
        model.addAttribute("profile", accounts.profile(principal.getName()));
        model.addAttribute("addresses", accounts.addressBook(principal.getName()));
        return "customers/account";
    }

    @GetMapping("/account/profile")
    String profileForm(Principal principal, Model model) {
        model.addAttribute("form", ProfileForm.of(accounts.profile(principal.getName())));
        return PROFILE_VIEW;
    }

    @PostMapping("/account/profile")
    String correctProfile(
            Principal principal,
            @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FormErrors.showAgain(PROFILE_VIEW, response);
        }
        CustomerProfile corrected;
        try {
            corrected = accounts.correctContact(
                    principal.getName(), form.name(), form.email(), form.phone(), form.currentPassword());
        } catch (CurrentPasswordWrong e) {
            result.rejectValue("currentPassword", "customers.profile.current-password.wrong");
            return FormErrors.showAgain(PROFILE_VIEW, response);
        } catch (EmailAlreadyRegistered e) {
            result.rejectValue("email", "customers.profile.email.taken");
            return FormErrors.showAgain(PROFILE_VIEW, response);
        }
        if (!corrected.email().equals(principal.getName())) {
            // The email is the sign-in name: the session now belongs to the new one.
            signIn.signIn(corrected.email(), request, response);
        }
        redirect.addFlashAttribute("notice", "customers.profile.saved");
        return "redirect:/account";
    }
}
