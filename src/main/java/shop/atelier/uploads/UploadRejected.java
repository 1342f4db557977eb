package shop.atelier.uploads;

import shop.atelier.platform.BusinessRuleException;

/** An upload the shop refuses; nothing of it is stored. The reason's code keys a message. */
public class UploadRejected extends BusinessRuleException {

    /** Why an upload was refused. */
    public enum Reason {
        TOO_LARGE("too-large"),
        TYPE_NOT_ALLOWED("type-not-allowed"),
        CORRUPT("corrupt"),
        TOO_MANY_PIXELS("too-many-pixels"),
        TRUNCATED("truncated"),
        /** A picture with an archive or markup appended (a polyglot file). */
        HIDDEN_CONTENT("hidden-content"),
        SCOPE_DESTROYED("scope-destroyed");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** Stable code, e.g. {@code too-large}; the message key is {@code uploads.rejected.<code>}. */
        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public UploadRejected(Reason reason, String detail) {
        super("Upload rejected (" + reason.code() + "): " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "uploads.rejected." + reason.code();
    }
}
