package shop.atelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Free text refuses payment card numbers, and only those (promise C2). */
class PaymentCardNumbersTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111111111111111",
                "4111 1111 1111 1111",
                "4111-1111-1111-1111",
                "my card is 5555 5555 5555 4444, thanks",
                "378282246310005",
                "Amex: 3782 822463 10005",
                "6011111111111117",
                "4222222222222"
            })
    void findsCardNumbers(String text) {
        assertThat(PaymentCardNumbers.containsCardNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "For Anna, with love",
                "Anna 2026-11-27",
                "Hauptstraße 12, 10115 Berlin",
                "4111111111111112",
                "411111111111",
                "+49 30 1234 5678 9012 3",
                "A-2611-7K3Q",
                "4111  1111  1111  1111 with double spaces is not one run"
            })
    void leavesOtherTextAlone(String text) {
        assertThat(PaymentCardNumbers.containsCardNumber(text)).isFalse();
    }
}
