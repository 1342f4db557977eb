package shop.atelier.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shop.atelier.orders.internal.OrderFixtures.NOW;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.VariantId;
import shop.atelier.orders.IllegalOrderTransition;
import shop.atelier.orders.OrderCancelled;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderProofingStarted;
import shop.atelier.orders.OrderStatus;
import shop.atelier.platform.Money;
import shop.atelier.uploads.MaterialId;

/** After payment: design previews first where a line needs one, then production. */
class OrderProofingTests {

    static final Actor PROVIDER = Actor.paymentProvider("sandbox");

    @Test
    void aLineNeedsAProofWhenTheProductAsksForOneAndTheLineIsPersonalized() {
        assertThat(line(true, photo()).needsProof()).isTrue();
        assertThat(line(true).needsProof()).as("nothing to preview").isFalse();
        assertThat(line(false, photo()).needsProof())
                .as("the product needs no preview")
                .isFalse();
    }

    @Test
    void aPaidOrderWithALineNeedingAProofGoesToProofing() {
        var order = paid(line(false), line(true, photo()));

        order.startWork(NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.PROOFING);
        assertThat(order.events()).contains(new OrderProofingStarted(order.id()));
        assertThat(order.history().getLast())
                .isEqualTo(new Transition(OrderStatus.PAID, OrderStatus.PROOFING, NOW, Actor.SYSTEM, null));
    }

    @Test
    void aPaidOrderWithoutSuchLinesGoesToProduction() {
        var order = paid(line(false, photo()), line(true));

        order.startWork(NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.IN_PRODUCTION);
        assertThat(order.events()).noneMatch(OrderProofingStarted.class::isInstance);
    }

    @Test
    void onlyAPaidOrderGoesToWork() {
        var order = order(line(true, photo()));

        assertThatThrownBy(() -> order.startWork(NOW)).isInstanceOf(IllegalOrderTransition.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void approvalStartsProductionOnce() {
        var order = paid(line(true, photo()));
        order.startWork(NOW);

        assertThat(order.proofsApproved(NOW.plusSeconds(60))).isTrue();
        assertThat(order.status()).isEqualTo(OrderStatus.IN_PRODUCTION);
        assertThat(order.history().getLast().actor().value()).isEqualTo("customer approval");
        var history = order.history();

        assertThat(order.proofsApproved(NOW.plusSeconds(120))).isFalse();
        assertThat(order.history()).isEqualTo(history);
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderStatus.class,
            names = {"PROOFING", "IN_PRODUCTION"},
            mode = EnumSource.Mode.EXCLUDE)
    void approvalIsRefusedInAnyOtherState(OrderStatus status) {
        var order = OrderTests.orderIn(status);

        assertThatThrownBy(() -> order.proofsApproved(NOW)).isInstanceOfSatisfying(IllegalOrderTransition.class, e -> {
            assertThat(e.from()).isEqualTo(status);
            assertThat(e.to()).isEqualTo(OrderStatus.IN_PRODUCTION);
        });
        assertThat(order.status()).isEqualTo(status);
    }

    @Test
    void aCancelledOrderAnnouncesItAndAPaymentDoesNotReviveIt() {
        var order = order(line(true, photo()));

        order.cancel(Actor.SYSTEM, "Not paid within 48 hours", NOW);

        assertThat(order.events()).contains(new OrderCancelled(order.id()));
        assertThat(order.confirmPayment(order.total(), PROVIDER, "pay_late", NOW.plusSeconds(5)))
                .isEqualTo(Order.PaymentOutcome.NOT_PAYABLE);
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(EnumSet.of(OrderStatus.PLACED, OrderStatus.PAYMENT_FAILED))
                .allMatch(status -> status.canBecome(OrderStatus.CANCELLED));
    }

    @Test
    void theMaterialsOfAnOrderAreTheFileSlotsValues() {
        var photo = MaterialId.random();
        var video = MaterialId.random();
        var letter = MaterialId.random();
        var lines = List.of(
                line(true, value(SlotType.PHOTO, photo.toString()), value(SlotType.TEXT, photo.toString())),
                line(
                        false,
                        value(SlotType.VIDEO, video.toString()),
                        value(SlotType.TEXT_FILE, letter.toString()),
                        value(SlotType.PHOTO, "not-a-material")));

        assertThat(Materials.referencedBy(lines)).containsExactly(photo, video, letter);
    }

    private static PersonalizationValue photo() {
        return value(SlotType.PHOTO, MaterialId.random().toString());
    }

    private static PersonalizationValue value(SlotType type, String value) {
        return new PersonalizationValue(type.name().toLowerCase(), type.name(), type, value);
    }

    private static OrderLine line(boolean requiresProof, PersonalizationValue... values) {
        return new OrderLine(
                UUID.randomUUID(),
                ProductId.random(),
                VariantId.random(),
                "Photo frame",
                "Standard",
                "FRAME-1",
                Money.of(1000, "EUR"),
                1,
                requiresProof,
                List.of(values));
    }

    private static Order order(OrderLine... lines) {
        return Order.place(
                OrderId.random(),
                "A-2611-PRF1",
                null,
                OrderFixtures.contact("ann@example.com"),
                OrderFixtures.address(),
                OrderFixtures.address(),
                List.of(lines),
                Actor.CUSTOMER,
                NOW);
    }

    private static Order paid(OrderLine... lines) {
        var order = order(lines);
        assertThat(order.confirmPayment(order.total(), PROVIDER, "pay_1", NOW))
                .isEqualTo(Order.PaymentOutcome.MARKED_PAID);
        return order;
    }
}
