package shop.atelier.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.NotFoundException;

class CartTests {

    final Cart cart = Cart.empty(CartId.random(), null);
    final VariantId mug = VariantId.random();

    static List<PersonalizationValue> engraving(String text) {
        return List.of(new PersonalizationValue("engraving", "Engraving", SlotType.TEXT, text));
    }

    @Test
    void identicalPersonalizationAddsToTheSameLine() {
        var first = cart.add(mug, 1, engraving("For Ann"), OrderFixtures.NOW);
        var second = cart.add(mug, 2, engraving("For Ann"), OrderFixtures.NOW);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(cart.lines()).singleElement().extracting(CartLine::quantity).isEqualTo(3);
    }

    @Test
    void differentPersonalizationMakesAnotherLine() {
        cart.add(mug, 1, engraving("For Ann"), OrderFixtures.NOW);
        cart.add(mug, 1, engraving("For Bob"), OrderFixtures.NOW);
        cart.add(mug, 1, List.of(), OrderFixtures.NOW);

        assertThat(cart.lines()).hasSize(3).extracting(CartLine::quantity).containsOnly(1);
    }

    @Test
    void theSameTextForAnotherVariantIsAnotherLine() {
        cart.add(mug, 1, engraving("For Ann"), OrderFixtures.NOW);
        cart.add(VariantId.random(), 1, engraving("For Ann"), OrderFixtures.NOW);

        assertThat(cart.lines()).hasSize(2);
    }

    @Test
    void slotOrderDoesNotMatter() {
        var a = new PersonalizationValue("a", "A", SlotType.TEXT, "1");
        var b = new PersonalizationValue("b", "B", SlotType.TEXT, "2");

        cart.add(mug, 1, List.of(a, b), OrderFixtures.NOW);
        cart.add(mug, 1, List.of(b, a), OrderFixtures.NOW);

        assertThat(cart.lines()).singleElement().extracting(CartLine::quantity).isEqualTo(2);
    }

    @Test
    void valuesCannotBeShiftedBetweenSlots() {
        cart.add(mug, 1, List.of(new PersonalizationValue("ab", "AB", SlotType.TEXT, "c")), OrderFixtures.NOW);
        cart.add(mug, 1, List.of(new PersonalizationValue("a", "A", SlotType.TEXT, "bc")), OrderFixtures.NOW);

        assertThat(cart.lines()).hasSize(2);
    }

    @Test
    void aLineHoldsAtMostTwentyItems() {
        cart.add(mug, 15, engraving("x"), OrderFixtures.NOW);

        assertThatThrownBy(() -> cart.add(mug, 6, engraving("x"), OrderFixtures.NOW))
                .isInstanceOf(InvalidCartInput.class)
                .hasMessageContaining("At most 20");
        assertThat(cart.lines()).singleElement().extracting(CartLine::quantity).isEqualTo(15);
    }

    @Test
    void quantityMustBeOneToTwenty() {
        assertThatThrownBy(() -> cart.add(mug, 0, List.of(), OrderFixtures.NOW)).isInstanceOf(InvalidCartInput.class);
        var line = cart.add(mug, 1, List.of(), OrderFixtures.NOW);
        assertThatThrownBy(() -> cart.changeQuantity(line.id(), 21)).isInstanceOf(InvalidCartInput.class);

        cart.changeQuantity(line.id(), 20);
        assertThat(cart.lines()).singleElement().extracting(CartLine::quantity).isEqualTo(20);
    }

    @Test
    void removesLinesAndRefusesUnknownOnes() {
        var line = cart.add(mug, 1, List.of(), OrderFixtures.NOW);

        assertThatThrownBy(() -> cart.remove(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        cart.remove(line.id());

        assertThat(cart.isEmpty()).isTrue();
    }

    @Test
    void aReplacedPhotoSwitchesTheLinesValueAndItsIdentity() {
        var photo = new PersonalizationValue(
                "photo", "Your photo", SlotType.PHOTO, UUID.randomUUID().toString());
        var line = cart.add(mug, 2, List.of(photo), OrderFixtures.NOW);
        var replacement = UUID.randomUUID().toString();

        var previous = cart.replaceValue(line.id(), "photo", replacement);

        assertThat(previous).isEqualTo(photo.value());
        var replaced = cart.line(line.id());
        assertThat(replaced.value("photo"))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(replacement));
        assertThat(replaced.quantity()).isEqualTo(2);
        assertThat(replaced.personalizationKey()).isNotEqualTo(line.personalizationKey());
    }

    @Test
    void aSlotTheLineDoesNotHaveCannotBeReplaced() {
        var line = cart.add(mug, 1, engraving("For Ann"), OrderFixtures.NOW);

        assertThatThrownBy(() -> cart.replaceValue(line.id(), "photo", "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cart.replaceValue(UUID.randomUUID(), "engraving", "x"))
                .isInstanceOf(NotFoundException.class);
        assertThat(cart.line(line.id()).value("engraving"))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualTo("For Ann"));
    }
}
