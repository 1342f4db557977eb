package shop.atelier.orders.internal;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the orders module.
 *
 * @param retention how long orders are kept after purchase for tax and accounting before they are
 *     anonymized (promise R2); default 7 years
 * @param cartRetention how long a cart nobody touches is kept; default 30 days
 * @param displayZone the time zone order times are shown in; default the server's
 * @param taxRecordKeeps billing details an erasure keeps with the tax record of an order still in
 *     its retention period, where the shop's tax law requires them on invoices; default none
 */
@ConfigurationProperties("atelier.orders")
public record OrdersProperties(
        @Nullable Period retention,
        @Nullable Duration cartRetention,
        @Nullable ZoneId displayZone,
        @Nullable Set<TaxRecordField> taxRecordKeeps) {

    public OrdersProperties {
        taxRecordKeeps = taxRecordKeeps == null ? Set.of() : Set.copyOf(taxRecordKeeps);
        retention = retention == null ? Period.ofYears(7) : retention;
        cartRetention = cartRetention == null ? Duration.ofDays(30) : cartRetention;
        displayZone = displayZone == null ? ZoneId.systemDefault() : displayZone;
    }

    public static OrdersProperties defaults() {
        return new OrdersProperties(null, null, null, null);
    }

    @Override
    public Period retention() {
        return retention;
    }

    @Override
    public Duration cartRetention() {
        return cartRetention;
    }

    @Override
    public ZoneId displayZone() {
        return displayZone;
    }

    @Override
    public Set<TaxRecordField> taxRecordKeeps() {
        return taxRecordKeeps;
    }
}
