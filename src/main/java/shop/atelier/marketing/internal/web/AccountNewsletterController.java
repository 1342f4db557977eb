package shop.atelier.marketing.internal.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.marketing.internal.Newsletter;
import shop.atelier.marketing.internal.OptInSource;

/**
 * Promotional mail in the account: the unticked opt-in (confirmed by email, like at checkout), the
 * subscription's state, and unsubscribing at once. People signed in without a customer account
 * (staff, craftsmen) see that there is nothing to subscribe.
 */
@Controller
class AccountNewsletterController {

    static final String FORM = "newsletterForm";

    private final Newsletter newsletter;
    private final Customers customers;

    AccountNewsletterController(Newsletter newsletter, Customers customers) {
        this.newsletter = newsletter;
        this.customers = customers;
    }

    @GetMapping("/account/newsletter")
    ModelAndView page() {
        return page(NewsletterForm.UNTICKED);
    }

    @PostMapping("/account/newsletter")
    ModelAndView subscribe(
            @Valid @ModelAttribute(FORM) NewsletterForm form,
            BindingResult binding,
            RedirectAttributes flash,
            Locale locale) {
        var customer = customers.signedIn();
        if (customer.isEmpty()) {
            return page(NewsletterForm.UNTICKED);
        }
        if (binding.hasErrors()) {
            var page = page(form).addAllObjects(binding.getModel());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        var outcome =
                newsletter.request(customer.get().email(), customer.get().id().value(), OptInSource.ACCOUNT, locale);
        flash.addFlashAttribute(
                "notice",
                outcome == Newsletter.Requested.CONFIRMATION_SENT
                        ? "marketing.account.notice.confirmation-sent"
                        : "marketing.account.notice.already");
        return seeOther();
    }

    @PostMapping("/account/newsletter/unsubscribe")
    ModelAndView unsubscribe(RedirectAttributes flash) {
        customers.signedIn().map(CustomerProfile::email).ifPresent(newsletter::unsubscribeAddress);
        flash.addFlashAttribute("notice", "marketing.account.notice.unsubscribed");
        return seeOther();
    }

    private ModelAndView page(NewsletterForm form) {
        var customer = customers.signedIn();
        var page = new ModelAndView("marketing/account-newsletter")
                .addObject(FORM, form)
                .addObject("customer", customer.isPresent());
        customer.flatMap(profile -> newsletter.of(profile.email()))
                .ifPresent(subscription -> page.addObject("subscription", subscription)
                        .addObject(
                                "confirmedOn",
                                subscription.confirmedAt() == null
                                        ? ""
                                        : LocalDate.ofInstant(subscription.confirmedAt(), ZoneOffset.UTC)
                                                .toString()));
        return page;
    }

    private static ModelAndView seeOther() {
        var redirect = new RedirectView("/account/newsletter", true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }
}
