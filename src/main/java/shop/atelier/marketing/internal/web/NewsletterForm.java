package shop.atelier.marketing.internal.web;

import jakarta.validation.constraints.AssertTrue;
import org.jspecify.annotations.Nullable;

/**
 * The account's opt-in: one checkbox, unticked until the person ticks it.
 *
 * @param optIn absent means unticked (the form sends Spring's {@code _optIn} marker)
 */
record NewsletterForm(
        @AssertTrue(message = "{marketing.validation.opt-in}") @Nullable
        Boolean optIn) {

    static final NewsletterForm UNTICKED = new NewsletterForm(false);

    NewsletterForm {
        optIn = Boolean.TRUE.equals(optIn);
    }

    public boolean ticked() {
        return Boolean.TRUE.equals(optIn);
    }
}
