package shop.atelier.privacy.internal.policy;

import org.jspecify.annotations.Nullable;

/**
 * The notice of a material change for one signed-in person on one page, looked up only when the
 * layout shows it ({@code ${policyNotice.version()}}), once.
 */
public final class PendingNotice {

    private final PolicyNotices notices;
    private final String principalName;
    private boolean looked;
    private @Nullable PolicyVersion version;

    PendingNotice(PolicyNotices notices, String principalName) {
        this.notices = notices;
        this.principalName = principalName;
    }

    /** The version whose notice to show, or null. */
    public @Nullable PolicyVersion version() {
        if (!looked) {
            version = notices.pendingFor(principalName).orElse(null);
            looked = true;
        }
        return version;
    }
}
