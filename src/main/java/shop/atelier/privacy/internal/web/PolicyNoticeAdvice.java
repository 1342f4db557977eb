package shop.atelier.privacy.internal.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import shop.atelier.privacy.internal.policy.PendingNotice;
import shop.atelier.privacy.internal.policy.PolicyNotices;

/**
 * Gives every page of a signed-in person the notice of a material policy change (promise V1) as
 * {@code policyNotice}; the layout shows it. Looked up lazily: a page that does not render the
 * layout costs nothing, and a shop without this module simply has no notice.
 */
@ControllerAdvice
class PolicyNoticeAdvice {

    private final PolicyNotices notices;

    PolicyNoticeAdvice(PolicyNotices notices) {
        this.notices = notices;
    }

    @ModelAttribute("policyNotice")
    @Nullable
    PendingNotice policyNotice(@Nullable Principal principal) {
        return principal == null ? null : notices.noticeFor(principal.getName());
    }
}
