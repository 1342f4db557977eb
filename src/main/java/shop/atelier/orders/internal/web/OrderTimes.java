package shop.atelier.orders.internal.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;
import shop.atelier.orders.internal.OrdersProperties;

/** Formats order times for people, in the shop's display zone and the visitor's locale ({@code @orderTimes} in templates). */
@Component("orderTimes")
class OrderTimes {

    private final OrdersProperties properties;

    OrderTimes(OrdersProperties properties) {
        this.properties = properties;
    }

    public String format(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(properties.displayZone())
                .format(instant);
    }

    public String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(properties.displayZone())
                .format(instant);
    }
}
