package shop.atelier.customers.internal.web;

import org.jspecify.annotations.Nullable;

/** How form input is tidied before validation: required text never null, optional text null when blank. */
final class FormText {

    private FormText() {}

    static String required(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Passwords are taken as typed: spaces may be part of them. */
    static String password(@Nullable String value) {
        return value == null ? "" : value;
    }
}
