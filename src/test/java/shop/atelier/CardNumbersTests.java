package shop.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The card-number scanner finds test card numbers however they are written, and nothing else. */
class CardNumbersTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111 1111 1111 1111",
                "4111111111111111",
                "4111-1111-1111-1111",
                "4222222222222",
                "378282246310005",
                "30569309025904",
                "4111111111111111110"
            })
    void findsLuhnValidCardNumbersOf13To19Digits(String pan) {
        assertThat(CardNumbers.in(pan)).containsExactly(pan);
    }

    @Test
    void findsCardNumbersInsideTextJsonAndNextToOtherNumbers() {
        assertThat(CardNumbers.in("Engraving: 4111 1111 1111 1111.")).containsExactly("4111 1111 1111 1111");
        assertThat(CardNumbers.in("{\"note\":\"4111111111111111\",\"qty\":2}")).containsExactly("4111111111111111");
        assertThat(CardNumbers.in("row 12 4111 1111 1111 1111 end")).containsExactly("4111 1111 1111 1111");
        assertThat(CardNumbers.in("a\u00004111111111111111\u0001")).containsExactly("4111111111111111");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123e4567-e89b-12d3-a456-426614174000",
                "40198029-3874-6690-1629-376716273480",
                "2026-11-27T09:56:45.123456789Z",
                "2026-11-27 09:56:45.123456+00",
                "A-2611-7K3Q",
                "f4d65b2483b34a8d50bcf2c9e053077c4dc7c00b65008ce1988ce4eca45741c8",
                "4111 1111 1111 1112",
                "4111 1111 1111",
                "41111111111111111111",
                "ref4111111111111111",
                "4111111111111111x",
                "4111  1111  1111  1111",
                "+49 151 23456787",
                "EUR 6980, 2 items"
            })
    void leavesOtherValuesAlone(String value) {
        assertThat(CardNumbers.in(value)).isEmpty();
    }

    @Test
    void theLeftAloneValuesAreNotJustShortOrInvalid() {
        assertThat(CardNumbers.passesLuhn("401980293874" + "6690")).isTrue();
        assertThat(CardNumbers.passesLuhn("4915123456787")).isTrue();
        assertThat(CardNumbers.in("40198029 3874 6690")).containsExactly("40198029 3874 6690");
        assertThat(CardNumbers.in("49 151 23456787")).containsExactly("49 151 23456787");
    }
}
