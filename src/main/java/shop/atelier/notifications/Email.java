package shop.atelier.notifications;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An email to enqueue. The body is a Thymeleaf template of the calling module (e.g. {@code
 * mail/orders/confirmation}, an HTML file under {@code templates/}), rendered at once inside the
 * shop's mail layout, whose footer names the privacy contact.
 *
 * <p>The body template is an HTML fragment (paragraphs, lists, links; no {@code <html>} needed). It
 * sees the {@code model} plus {@code shop} (the {@link shop.atelier.platform.ShopProperties}) and
 * may use {@code #{...}} messages in the email's locale. It renders outside any web request, so
 * links must be absolute, e.g. {@code th:href="|${shop.baseUrl}/orders/${orderId}|"}. A
 * promotional email must carry its recipient's one-click unsubscribe link as {@code unsubscribeUrl}
 * in the model ({@link #promotional} puts it there): the layout shows it in the footer, and the
 * message carries it in the {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} headers
 * (RFC 8058), so mail clients offer a one-click unsubscribe.
 *
 * @param to recipient address
 * @param subjectKey message key of the subject line (arguments from {@code subjectArguments})
 * @param template the body template
 * @param model variables for the template
 */
public record Email(
        String to,
        String subjectKey,
        Object[] subjectArguments,
        String template,
        Map<String, Object> model,
        EmailKind kind,
        Locale locale) {

    public Email {
        Objects.requireNonNull(to, "to");
        subjectArguments = subjectArguments.clone();
        model = Map.copyOf(model);
    }

    public static Email transactional(
            String to, String subjectKey, String template, Map<String, Object> model, Object... subjectArguments) {
        return new Email(to, subjectKey, subjectArguments, template, model, EmailKind.TRANSACTIONAL, Locale.ENGLISH);
    }

    /**
     * A promotional email (sent only with the recipient's consent) carrying their one-click
     * unsubscribe link, an absolute http(s) URL that unsubscribes on a POST without sign-in.
     */
    public static Email promotional(
            String to,
            String subjectKey,
            String template,
            Map<String, Object> model,
            String unsubscribeUrl,
            Object... subjectArguments) {
        var withLink = new java.util.HashMap<String, Object>(model);
        withLink.put("unsubscribeUrl", unsubscribeUrl);
        return new Email(to, subjectKey, subjectArguments, template, withLink, EmailKind.PROMOTIONAL, Locale.ENGLISH);
    }

    /** The same email, rendered in the recipient's language. */
    public Email withLocale(Locale locale) {
        return new Email(to, subjectKey, subjectArguments, template, model, kind, locale);
    }
}
