package shop.atelier.rights.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.platform.NotFoundException;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.rights.internal.EmailHash;
import shop.atelier.rights.internal.ErasurePreview;
import shop.atelier.rights.internal.RightsDesk;
import shop.atelier.rights.internal.RightsRequest;
import shop.atelier.rights.internal.web.Forms.CorrectionForm;
import shop.atelier.rights.internal.web.Forms.ErasureForm;

/**
 * The signed-in customer's privacy center (promises G1-G3, G5): what the shop holds, their
 * requests with state and due date, the access archive, correction and erasure. The session is the
 * identity; an erasure asks for the password again. People without a customer account (staff,
 * craftsmen) have no privacy center here: 404.
 */
@Controller
@RequestMapping("/account/privacy")
class AccountRightsController {

    private final Customers customers;
    private final RightsDesk desk;
    private final ErasurePreview preview;
    private final DaoAuthenticationProvider passwords;

    AccountRightsController(
            Customers customers,
            RightsDesk desk,
            ErasurePreview preview,
            UserDetailsService users,
            PasswordEncoder passwordEncoder) {
        this.customers = customers;
        this.desk = desk;
        this.preview = preview;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
    }

    @GetMapping
    String center(Model model) {
        var me = me();
        model.addAttribute("profile", me);
        model.addAttribute("held", preview.held());
        model.addAttribute("requests", desk.ofPerson(me.email()));
        model.addAttribute("now", desk.now());
        model.addAttribute("correction", CorrectionForm.empty());
        return "rights/account-center";
    }

    @PostMapping("/requests/access")
    String requestAccess() {
        var answer = desk.requestAccessFromAccount(subject(me()));
        return "redirect:/account/privacy/requests/" + answer.request().id() + "?ready";
    }

    @PostMapping("/requests/correction")
    String requestCorrection(
            @Valid @ModelAttribute("correction") CorrectionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        var me = me();
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("profile", me);
            model.addAttribute("held", preview.held());
            model.addAttribute("requests", desk.ofPerson(me.email()));
            model.addAttribute("now", desk.now());
            return "rights/account-center";
        }
        var answer = desk.requestCorrectionFromAccount(subject(me), form.details());
        return "redirect:/account/privacy/requests/" + answer.request().id() + (answer.joined() ? "?joined" : "");
    }

    @GetMapping("/requests/erasure")
    String erasureForm(Model model) {
        me();
        model.addAttribute("form", ErasureForm.empty());
        model.addAttribute("kept", preview.kept());
        return "rights/account-erasure";
    }

    @PostMapping("/requests/erasure")
    String erase(
            @Valid @ModelAttribute("form") ErasureForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var me = me();
        if (!errors.hasFieldErrors("password") && !passwordMatches(me.email(), form.password())) {
            errors.rejectValue("password", "rights.erasure.password.wrong");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("kept", preview.kept());
            return "rights/account-erasure";
        }
        var answer = desk.eraseFromAccount(subject(me));
        if (!answer.request().state().equals(shop.atelier.rights.internal.RequestState.COMPLETED)) {
            return "redirect:/account/privacy/requests/" + answer.request().id();
        }
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/privacy/requests/status/" + answer.statusToken();
    }

    @GetMapping("/requests/{id}")
    String request(@PathVariable UUID id, Model model) {
        var request = mine(id);
        model.addAttribute("request", request);
        model.addAttribute("history", desk.history(id));
        model.addAttribute("receipt", desk.receipt(request).orElse(null));
        model.addAttribute("archiveAvailable", request.archiveAvailable(desk.now()));
        model.addAttribute("archiveLink", "/account/privacy/requests/" + id + "/archive");
        model.addAttribute("now", desk.now());
        return "rights/request";
    }

    @GetMapping("/requests/{id}/archive")
    void archive(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        var request = mine(id);
        if (!request.archiveAvailable(desk.now())) {
            throw new NotFoundException("No archive available");
        }
        Archives.prepare(response, LocalDate.ofInstant(desk.now(), ZoneOffset.UTC));
        desk.writeArchive(id, "ACCOUNT", response.getOutputStream());
    }

    private RightsRequest mine(UUID id) {
        var me = me();
        return desk.find(id)
                .filter(r -> r.emailHash().equals(EmailHash.of(me.email())))
                .orElseThrow(() -> new NotFoundException("No such request"));
    }

    private boolean passwordMatches(String email, @org.jspecify.annotations.Nullable String password) {
        if (password == null) {
            return false;
        }
        try {
            passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
            return true;
        } catch (BadCredentialsException wrong) {
            return false;
        } catch (AuthenticationException refused) {
            return false;
        }
    }

    private CustomerProfile me() {
        return customers.signedIn().orElseThrow(() -> new NotFoundException("No customer account"));
    }

    private static DataSubject subject(CustomerProfile me) {
        return new DataSubject(me.id().value(), me.email());
    }
}
