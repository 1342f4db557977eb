package shop.atelier.proofs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.atelier.orders.OrderId;
import shop.atelier.proofs.ProofState;
import shop.atelier.uploads.MaterialId;

class ProofRequestTests {

    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    final ProofRequest mug =
            ProofRequest.open(OrderId.random(), "A-1", null, UUID.randomUUID(), 0, "Photo mug", "Large", T0);

    @Test
    void aNewRequestAwaitsItsFirstPreview() {
        assertThat(mug.state()).isEqualTo(ProofState.AWAITING_PROOF);
        assertThat(mug.latest()).isNull();
        assertThatThrownBy(() -> mug.approve(1, T0)).isInstanceOf(ProofNotAwaitingCustomer.class);
    }

    @Test
    void changesThenApprovalOverTwoRounds() {
        mug.publish(MaterialId.random(), "image/png", "Check the name", "staff", T0.plusSeconds(60));
        assertThat(mug.state()).isEqualTo(ProofState.AWAITING_CUSTOMER);
        assertThat(mug.stateSince()).isEqualTo(T0.plusSeconds(60));

        mug.requestChanges(1, "Larger name", T0.plusSeconds(120));
        assertThat(mug.state()).isEqualTo(ProofState.CHANGES_REQUESTED);
        assertThatThrownBy(() -> mug.approve(1, T0.plusSeconds(130))).isInstanceOf(ProofNotAwaitingCustomer.class);

        var second = mug.publish(MaterialId.random(), "application/pdf", null, "staff", T0.plusSeconds(180));
        assertThat(second.number()).isEqualTo(2);
        mug.approve(2, T0.plusSeconds(240));

        assertThat(mug.state()).isEqualTo(ProofState.APPROVED);
        assertThat(mug.rounds())
                .extracting(ProofRound::decision)
                .containsExactly(ProofRound.Decision.CHANGES_REQUESTED, ProofRound.Decision.APPROVED);
        assertThatThrownBy(() -> mug.publish(MaterialId.random(), "image/png", null, "staff", T0.plusSeconds(300)))
                .isInstanceOf(ProofAlreadyApproved.class);
    }

    @Test
    void aNewPreviewReplacesOneTheCustomerHasNotAnswered() {
        mug.publish(MaterialId.random(), "image/png", null, "staff", T0);
        mug.publish(MaterialId.random(), "image/png", null, "staff", T0.plusSeconds(60));

        assertThat(mug.rounds()).extracting(ProofRound::decision).containsExactly(ProofRound.Decision.SUPERSEDED, null);
        assertThatThrownBy(() -> mug.approve(1, T0.plusSeconds(90))).isInstanceOf(ProofNotAwaitingCustomer.class);
        mug.approve(2, T0.plusSeconds(90));
        assertThat(mug.state()).isEqualTo(ProofState.APPROVED);
    }

    @Test
    void aChangeRequestNeedsAComment() {
        mug.publish(MaterialId.random(), "image/png", null, "staff", T0);

        assertThatThrownBy(() -> mug.requestChanges(1, "  ", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(mug.state()).isEqualTo(ProofState.AWAITING_CUSTOMER);
    }
}
