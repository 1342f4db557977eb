package shop.atelier.customers.internal.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security handles {@code POST /login} and {@code POST /logout}. A failed
 * sign-in comes back as {@code ?error} and says only that the email or the password is wrong.
 */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(
            @Nullable Authentication authentication,
            @RequestParam(name = "error", required = false) @Nullable String error,
            @RequestParam(name = "signed-out", required = false) @Nullable String signedOut,
            @RequestParam(name = "password-changed", required = false) @Nullable String passwordChanged,
            Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/account";
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("passwordChanged", passwordChanged != null);
        return "customers/login";
    }
}
