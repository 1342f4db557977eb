package shop.atelier.customers.internal.web;

/** The shapes of contact fields, as regular expressions for Bean Validation. */
final class Patterns {

    /**
     * Something before and after the @, and a dot in the domain: catches typos, not every oddity.
     * Empty input is left to {@code @NotBlank}, so a missing value gets one message, not two.
     */
    static final String EMAIL = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    /** Digits with the usual separators, an optional leading +. */
    static final String PHONE = "^\\+?[0-9][0-9 ()./-]{3,38}[0-9]$";

    /** Letters, digits, spaces and hyphens, as postal codes in Europe and the US have. */
    static final String POSTAL_CODE = "^$|^[A-Za-z0-9][A-Za-z0-9 -]{0,10}[A-Za-z0-9]$";

    private Patterns() {}
}
