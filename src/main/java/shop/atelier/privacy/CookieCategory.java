package shop.atelier.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of cookie and browser storage a visitor can allow or refuse (promise K1). */
public enum CookieCategory {
    /** Session and CSRF cookies and the consent cookie itself: always on, the shop cannot work without them. */
    NECESSARY,
    PREFERENCES,
    ANALYTICS,
    PERSONALIZATION;

    /** The lower-case name used in forms and templates, e.g. {@code analytics}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean optional() {
        return this != NECESSARY;
    }

    /** Refused under Global Privacy Control ({@code Sec-GPC: 1}) whatever the visitor clicked. */
    public boolean refusedUnderGpc() {
        return this == ANALYTICS || this == PERSONALIZATION;
    }

    public static Optional<CookieCategory> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
