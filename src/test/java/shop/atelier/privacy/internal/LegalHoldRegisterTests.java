package shop.atelier.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import shop.atelier.platform.NotFoundException;
import shop.atelier.privacy.LegalHolds;
import shop.atelier.privacy.spi.DataSubject;

/** A hold on a person or an order stands until it is lifted, and only on what it names (S3). */
@PrivacyTest
class LegalHoldRegisterTests {

    @Autowired
    LegalHolds holds;

    @Autowired
    LegalHoldRegister register;

    @Test
    void aHoldOnAPersonStandsUntilLifted() {
        var email = "held-" + UUID.randomUUID() + "@example.com";
        var person = DataSubject.guest(email.toUpperCase());
        assertThat(holds.isHeld(person)).isFalse();

        var id = register.place(email, null, null, "fraud investigation", "Court 12 O 345/26");

        assertThat(holds.isHeld(person)).isTrue();
        assertThat(holds.isHeld(new DataSubject(UUID.randomUUID(), "other-" + email)))
                .isFalse();
        assertThat(holds.holdsFor(person)).singleElement().satisfies(hold -> {
            assertThat(hold.id()).isEqualTo(id);
            assertThat(hold.email()).isEqualTo(email);
            assertThat(hold.reason()).isEqualTo("fraud investigation");
            assertThat(hold.reference()).isEqualTo("Court 12 O 345/26");
        });

        register.lift(id, "case closed");

        assertThat(holds.isHeld(person)).isFalse();
        assertThat(holds.holdsFor(person)).isEmpty();
        assertThatThrownBy(() -> register.lift(id, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aHoldOnAnOrderNamesItByIdOrByNumber() {
        var order = UUID.randomUUID();
        var number = "A-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(holds.isHeld(order)).isFalse();

        var byId = register.place(null, order, null, "tax audit", "Tax office 2026/17");
        var byNumber = register.place(null, null, number, "tax audit", "Tax office 2026/17");

        assertThat(holds.isHeld(order)).isTrue();
        assertThat(holds.isHeld(UUID.randomUUID())).isFalse();
        assertThat(holds.isHeldOrderNumber(number.toLowerCase())).isTrue();

        register.lift(byId, null);
        register.lift(byNumber, null);
        assertThat(holds.isHeld(order)).isFalse();
        assertThat(holds.isHeldOrderNumber(number)).isFalse();
    }
}
