package shop.atelier.proofs.internal.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Formats proof times for people ({@code @proofTimes} in templates), in the zone order times are
 * shown in ({@code atelier.orders.display-zone}, default the server's) so both pages agree.
 */
@Component("proofTimes")
class ProofTimes {

    private final ZoneId zone;

    ProofTimes(@Value("${atelier.orders.display-zone:}") String zone) {
        this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    public String format(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }
}
