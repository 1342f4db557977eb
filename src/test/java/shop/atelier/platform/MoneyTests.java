package shop.atelier.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void parsesDecimalAmountsIntoMinorUnits() {
        assertThat(Money.parse("24.90", "EUR")).isEqualTo(Money.of(2490, "EUR"));
        assertThat(Money.parse("7", "EUR")).isEqualTo(Money.of(700, "EUR"));
        assertThat(Money.parse("1500", "JPY")).isEqualTo(Money.of(1500, "JPY"));
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.parse("1.999", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of(100, "EUR").plus(Money.of(100, "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Currency mismatch");
    }

    @Test
    void refusesOverflowInsteadOfWrappingAround() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "EUR").plus(Money.of(1, "EUR")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void formatsForTheCustomersLocale() {
        assertThat(Money.of(2490, "EUR").format(Locale.GERMANY).replace('\u00a0', ' '))
                .isEqualTo("24,90 €");
        assertThat(Money.of(2490, "USD").format(Locale.US)).isEqualTo("$24.90");
    }

    @Property
    void timesIsRepeatedAddition(
            @ForAll @LongRange(min = 0, max = 1_000_000) long minor,
            @ForAll @IntRange(min = 0, max = 100) int quantity) {
        var price = Money.of(minor, "EUR");
        var sum = Money.zero(price.currency());
        for (int i = 0; i < quantity; i++) {
            sum = sum.plus(price);
        }
        assertThat(price.times(quantity)).isEqualTo(sum);
    }

    @Property
    void decimalRoundTrip(@ForAll @LongRange(min = -10_000_000, max = 10_000_000) long minor) {
        var money = Money.of(minor, "EUR");
        assertThat(Money.parse(money.toDecimal().toPlainString(), "EUR")).isEqualTo(money);
    }
}
