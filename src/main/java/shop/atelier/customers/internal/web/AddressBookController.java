package shop.atelier.customers.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.customers.internal.AccountManagement;
import shop.atelier.customers.internal.AddressBookFull;

/**
 * The address book: add, change, delete, choose the default. An address of another account is
 * answered with 404, exactly like one that does not exist.
 */
@Controller
@RequestMapping("/account/addresses")
class AddressBookController {

    static final String BOOK_VIEW = "customers/addresses";
    static final String EDIT_VIEW = "customers/address-edit";

    private final AccountManagement accounts;

    AddressBookController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("countries")
    List<Countries.Country> countries(Locale locale) {
        return Countries.all(locale);
    }

    @ModelAttribute("countryNames")
    Map<String, String> countryNames(Locale locale) {
        return Countries.names(locale);
    }

    @GetMapping
    String book(Principal principal, Model model) {
        model.addAttribute(
                "form", AddressForm.empty(accounts.profile(principal.getName()).name()));
        return showBook(principal, model);
    }

    @PostMapping
    String add(
            Principal principal,
            @Valid @ModelAttribute("form") AddressForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FormErrors.showAgain(showBook(principal, model), response);
        }
        try {
            accounts.addAddress(principal.getName(), form.toPostalAddress());
        } catch (AddressBookFull e) {
            result.reject("customers.addresses.full", new Object[] {e.limit()}, null);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return showBook(principal, model);
        }
        redirect.addFlashAttribute("notice", "customers.addresses.added");
        return "redirect:/account/addresses";
    }

    @GetMapping("/{id}")
    String editForm(Principal principal, @PathVariable UUID id, Model model) {
        var saved = accounts.address(principal.getName(), id);
        model.addAttribute("addressId", saved.id());
        model.addAttribute("form", AddressForm.of(saved.address()));
        return EDIT_VIEW;
    }

    @PostMapping("/{id}")
    String change(
            Principal principal,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") AddressForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // Checks ownership before looking at the input, so another account's address is always 404.
        accounts.address(principal.getName(), id);
        if (result.hasErrors()) {
            model.addAttribute("addressId", id);
            return FormErrors.showAgain(EDIT_VIEW, response);
        }
        accounts.changeAddress(principal.getName(), id, form.toPostalAddress());
        redirect.addFlashAttribute("notice", "customers.addresses.changed");
        return "redirect:/account/addresses";
    }

    @PostMapping("/{id}/delete")
    String delete(Principal principal, @PathVariable UUID id, RedirectAttributes redirect) {
        accounts.deleteAddress(principal.getName(), id);
        redirect.addFlashAttribute("notice", "customers.addresses.deleted");
        return "redirect:/account/addresses";
    }

    @PostMapping("/{id}/default")
    String makeDefault(Principal principal, @PathVariable UUID id, RedirectAttributes redirect) {
        accounts.makeDefault(principal.getName(), id);
        redirect.addFlashAttribute("notice", "customers.addresses.default-set");
        return "redirect:/account/addresses";
    }

    private String showBook(Principal principal, Model model) {
        model.addAttribute("addresses", accounts.addressBook(principal.getName()));
        return BOOK_VIEW;
    }
}
