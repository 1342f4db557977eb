package shop.atelier.notifications.internal;

import java.util.HashMap;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.EmailKind;
import shop.atelier.platform.ShopProperties;

/**
 * Renders an email: the caller's body template inside the shop's mail layout ({@code
 * templates/mail/layout.html}: shop name, body, footer naming the privacy contact), the subject
 * from the message bundle, and a plain-text alternative.
 *
 * <p>Templates render outside any web request, so links must be absolute: build them from {@code
 * ${shop.baseUrl}}.
 */
@Component
class MailComposer {

    static final String LAYOUT = "mail/layout";

    private static final Pattern BODY_CONTENT = Pattern.compile("(?is)<body\\b[^>]*>(.*)</body\\s*>");
    private static final Pattern HEADER_BREAK = Pattern.compile("[\\r\\n\\t]+");

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final ShopProperties shop;

    MailComposer(ITemplateEngine templates, MessageSource messages, ShopProperties shop) {
        this.templates = templates;
        this.messages = messages;
        this.shop = shop;
    }

    ComposedMail compose(Email email) {
        var subject = HEADER_BREAK
                .matcher(messages.getMessage(email.subjectKey(), email.subjectArguments(), email.locale()))
                .replaceAll(" ")
                .strip();
        var variables = new HashMap<String, Object>(email.model());
        variables.put("shop", shop);
        var body = innerBody(templates.process(email.template(), new Context(email.locale(), variables)));

        variables.put("subject", subject);
        variables.put("body", body);
        variables.put("promotional", email.kind() == EmailKind.PROMOTIONAL);
        var html = templates.process(LAYOUT, new Context(email.locale(), variables));
        return new ComposedMail(subject, html, PlainText.of(html));
    }

    /** A body template may be a fragment or a whole document; only what is inside its body counts. */
    private static String innerBody(String rendered) {
        var match = BODY_CONTENT.matcher(rendered);
        return match.find() ? match.group(1).strip() : rendered.strip();
    }
}
