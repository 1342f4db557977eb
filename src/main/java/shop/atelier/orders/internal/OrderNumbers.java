package shop.atelier.orders.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Human order numbers such as {@code A-2611-7K3Q}: the year and month of the order, then four
 * random characters from Crockford's base 32 (no I, L, O or U, so a number read out on the phone
 * is not misheard). About a million numbers per month; a number already taken is drawn again.
 */
public final class OrderNumbers {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("yyMM").withZone(ZoneOffset.UTC);
    private static final int ATTEMPTS = 20;

    private final Clock clock;
    private final RandomGenerator random;

    public OrderNumbers(Clock clock) {
        this(clock, new SecureRandom());
    }

    OrderNumbers(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    /**
     * @param taken tells whether a number is already in use
     */
    public String next(Predicate<String> taken) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var candidate = candidate();
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free order number found after " + ATTEMPTS + " attempts");
    }

    String candidate() {
        var number =
                new StringBuilder("A-").append(MONTH.format(clock.instant())).append('-');
        for (int i = 0; i < 4; i++) {
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }
}
