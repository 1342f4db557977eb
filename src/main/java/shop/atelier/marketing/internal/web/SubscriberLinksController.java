package shop.atelier.marketing.internal.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import shop.atelier.marketing.internal.Newsletter;

/**
 * The links in the shop's emails. A GET only shows a page with a button, so a link scanner that
 * opens every link confirms nothing and unsubscribes nobody; the button POSTs.
 *
 * <p>The unsubscribe POST is also what a mail client sends for RFC 8058's one-click unsubscribe
 * (body {@code List-Unsubscribe=One-Click}): it needs no sign-in, cookie or CSRF token (the
 * security configuration exempts {@code /unsubscribe/**}), and the token alone is the authority.
 * It is honoured at once.
 */
@Controller
class SubscriberLinksController {

    private final Newsletter newsletter;

    SubscriberLinksController(Newsletter newsletter) {
        this.newsletter = newsletter;
    }

    @GetMapping("/newsletter/confirm/{token}")
    ModelAndView confirmPage(@PathVariable String token) {
        if (newsletter.pending(token).isEmpty()) {
            return invalid("marketing.link.confirm-invalid");
        }
        return new ModelAndView("marketing/confirm").addObject("token", token);
    }

    @PostMapping("/newsletter/confirm/{token}")
    ModelAndView confirm(@PathVariable String token) {
        return newsletter
                .confirm(token)
                .map(subscription -> new ModelAndView("marketing/confirmed"))
                .orElseGet(() -> invalid("marketing.link.confirm-invalid"));
    }

    @GetMapping("/unsubscribe/{token}")
    ModelAndView unsubscribePage(@PathVariable String token) {
        if (!newsletter.genuineUnsubscribeLink(token)) {
            return invalid("marketing.link.unsubscribe-invalid");
        }
        return new ModelAndView("marketing/unsubscribe").addObject("token", token);
    }

    @PostMapping("/unsubscribe/{token}")
    ModelAndView unsubscribe(@PathVariable String token) {
        if (!newsletter.unsubscribe(token)) {
            return invalid("marketing.link.unsubscribe-invalid");
        }
        return new ModelAndView("marketing/unsubscribed");
    }

    private static ModelAndView invalid(String messageKey) {
        var page = new ModelAndView("marketing/link-invalid").addObject("messageKey", messageKey);
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
