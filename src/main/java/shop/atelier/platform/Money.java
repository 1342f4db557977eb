package shop.atelier.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in the currency's minor units (cents), never a floating-point number.
 *
 * @param minor amount in minor units, may be negative (refunds)
 * @param currency ISO 4217 currency
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minor, String currencyCode) {
        return new Money(minor, Currency.getInstance(currencyCode));
    }

    /** Parses a decimal amount such as {@code 24.90}; refuses more fraction digits than the currency has. */
    public static Money parse(String amount, String currencyCode) {
        var currency = Currency.getInstance(currencyCode);
        var decimal = new BigDecimal(amount.trim());
        if (decimal.scale() > currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException("Too many decimal places for " + currencyCode + ": " + amount);
        }
        return new Money(
                decimal.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(minor, (long) quantity), currency);
    }

    public boolean isNegative() {
        return minor < 0;
    }

    /** The amount as a decimal in major units, e.g. {@code 24.90}. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    public String format(Locale locale) {
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(toDecimal());
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Currency mismatch: " + currency + " vs " + other.currency);
        }
    }
}
