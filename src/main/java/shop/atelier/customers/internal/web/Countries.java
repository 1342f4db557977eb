package shop.atelier.customers.internal.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The countries the shop delivers to: the European Economic Area, Switzerland, the United Kingdom
 * and a few European neighbours, and the United States. Names come from the JDK in the reader's
 * language.
 */
final class Countries {

    /** ISO 3166-1 alpha-2 codes, as one regular expression for Bean Validation. */
    static final String PATTERN = "AD|AT|BE|BG|CH|CY|CZ|DE|DK|EE|ES|FI|FR|GB|GR|HR|HU|IE|IS|IT|LI|LT|LU|LV|MC|MT"
            + "|NL|NO|PL|PT|RO|SE|SI|SK|SM|US";

    /** A country for the select box. */
    record Country(String code, String name) {}

    private Countries() {}

    /** Country names by code, for showing saved addresses. */
    static Map<String, String> names(Locale locale) {
        return all(locale).stream().collect(Collectors.toMap(Country::code, Country::name));
    }

    static List<Country> all(Locale locale) {
        return Arrays.stream(PATTERN.split("\\|"))
                .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name))
                .toList();
    }
}
