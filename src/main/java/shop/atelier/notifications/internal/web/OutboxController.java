package shop.atelier.notifications.internal.web;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shop.atelier.notifications.internal.Outbox;
import shop.atelier.notifications.internal.OutboxStatus;

/**
 * The built-in outbox viewer for staff ({@code /staff/**} needs the STAFF role): every email the
 * shop wrote, whether a mail server is configured or not.
 */
@Controller
@RequestMapping("/staff/outbox")
class OutboxController {

    /**
     * The HTML body of an email is shown on its own, in a new tab, under a policy that lets it style
     * itself and show inline images but run nothing, load nothing and submit nothing.
     */
    static final String MESSAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final int MAX_SEARCH_LENGTH = 254;

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable OutboxStatus status,
            @RequestParam(defaultValue = "") String recipient,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (recipient.length() > MAX_SEARCH_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Search text too long");
        }
        showList(status, recipient, page, model);
        if (!model.containsAttribute("testMessageForm")) {
            model.addAttribute("testMessageForm", TestMessageForm.empty());
        }
        return "notifications/outbox";
    }

    @GetMapping("/{id}")
    String message(@PathVariable UUID id, Model model) {
        model.addAttribute("message", outbox.message(id));
        model.addAttribute("sendsMail", outbox.sendsMail());
        return "notifications/message";
    }

    @GetMapping("/{id}/html")
    ResponseEntity<String> html(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", MESSAGE_CONTENT_SECURITY_POLICY)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().build().toString())
                .cacheControl(CacheControl.noStore())
                .body(outbox.message(id).html());
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("retried", outbox.retry(id).name());
        return "redirect:/staff/outbox/" + id;
    }

    @PostMapping("/test-message")
    ModelAndView testMessage(
            @Valid @ModelAttribute("testMessageForm") TestMessageForm form,
            BindingResult errors,
            Model model,
            Locale locale) {
        if (errors.hasErrors()) {
            showList(null, "", 0, model);
            return new ModelAndView("notifications/outbox", model.asMap(), HttpStatus.BAD_REQUEST);
        }
        var id = outbox.sendTestMessage(form.to().strip(), locale);
        return new ModelAndView("redirect:/staff/outbox/" + id);
    }

    @ModelAttribute("time")
    Times time() {
        return new Times();
    }

    private void showList(@Nullable OutboxStatus status, String recipient, int page, Model model) {
        model.addAttribute("outbox", outbox.page(status, recipient, page));
        model.addAttribute("status", status);
        model.addAttribute("recipient", recipient);
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("sendsMail", outbox.sendsMail());
    }

    /** Formats instants for the pages (shown in UTC, which staff in any time zone can read alike). */
    static final class Times {
        public String format(@Nullable Instant instant) {
            return instant == null ? "" : TIME.format(instant);
        }
    }
}
