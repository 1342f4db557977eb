package shop.atelier.payments.internal.web;

import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;
import shop.atelier.payments.internal.SandboxCheckout;
import shop.atelier.payments.internal.SandboxPaymentProvider;

/**
 * The sandbox provider's hosted payment page. It asks for no card data at all: Pay and Decline are
 * the only choices, and no real money moves.
 */
@Controller
@RequestMapping("/sandbox-pay/{reference}")
@ConditionalOnProperty(
        name = "atelier.payments.provider",
        havingValue = SandboxPaymentProvider.NAME,
        matchIfMissing = true)
class SandboxPayController {

    private static final String VIEW = "payments/sandbox-pay";

    private final SandboxPaymentProvider sandbox;

    SandboxPayController(SandboxPaymentProvider sandbox) {
        this.sandbox = sandbox;
    }

    @GetMapping
    String page(@PathVariable String reference, Model model, Locale locale) {
        show(sandbox.checkout(reference), model, locale);
        return VIEW;
    }

    @PostMapping("/pay")
    ModelAndView pay(@PathVariable String reference, Model model, Locale locale) {
        return complete(reference, true, model, locale);
    }

    @PostMapping("/decline")
    ModelAndView decline(@PathVariable String reference, Model model, Locale locale) {
        return complete(reference, false, model, locale);
    }

    private ModelAndView complete(String reference, boolean pay, Model model, Locale locale) {
        var shopBaseUrl =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
        var completion = sandbox.complete(reference, pay, shopBaseUrl);
        var checkout = sandbox.checkout(reference);
        if (completion == SandboxPaymentProvider.Completion.DELIVERED) {
            var redirect = new RedirectView(checkout.returnUrl().toString());
            redirect.setStatusCode(HttpStatus.SEE_OTHER);
            redirect.setExposeModelAttributes(false);
            return new ModelAndView(redirect);
        }
        show(checkout, model, locale);
        model.addAttribute("problem", completion.name());
        var status = completion == SandboxPaymentProvider.Completion.ALREADY_COMPLETED
                ? HttpStatus.CONFLICT
                : HttpStatus.BAD_GATEWAY;
        return new ModelAndView(VIEW, model.asMap(), status);
    }

    private static void show(SandboxCheckout checkout, Model model, Locale locale) {
        model.addAttribute("checkout", checkout);
        model.addAttribute("amount", checkout.amount().format(locale));
    }
}
