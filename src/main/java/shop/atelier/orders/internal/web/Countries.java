package shop.atelier.orders.internal.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The countries for the address forms, named in the visitor's language. */
@Component("orderCountries")
class Countries {

    record Country(String code, String name) {}

    List<Country> all(Locale locale) {
        var collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, name(code, locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }

    /** The country's name, e.g. {@code Germany} for {@code DE}. */
    public String name(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }
}
