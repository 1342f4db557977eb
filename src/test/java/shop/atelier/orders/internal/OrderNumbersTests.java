package shop.atelier.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderNumbersTests {

    final Clock november2026 = Clock.fixed(OrderFixtures.NOW, ZoneOffset.UTC);

    @Test
    void numbersNameTheMonthAndAvoidAmbiguousLetters() {
        var numbers = new OrderNumbers(november2026, new Random(1));

        for (int i = 0; i < 1000; i++) {
            assertThat(numbers.next(n -> false)).matches("A-2611-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}");
        }
    }

    @Test
    void aTakenNumberIsDrawnAgain() {
        var numbers = new OrderNumbers(november2026, new Random(7));
        var first = new OrderNumbers(november2026, new Random(7)).candidate();

        var next = numbers.next(first::equals);

        assertThat(next).isNotEqualTo(first).startsWith("A-2611-");
    }

    @Test
    void givesUpRatherThanLoopingForever() {
        assertThatThrownBy(() -> new OrderNumbers(november2026).next(n -> true))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void numbersAreSpreadOut() {
        var numbers = new OrderNumbers(november2026);
        var seen = new HashSet<String>();
        for (int i = 0; i < 200; i++) {
            seen.add(numbers.next(n -> false));
        }
        assertThat(seen).hasSizeGreaterThan(190);
    }
}
