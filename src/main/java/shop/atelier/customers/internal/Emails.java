package shop.atelier.customers.internal;

import java.util.Locale;

/** The one spelling of an email address the shop stores and compares. */
public final class Emails {

    private Emails() {}

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
