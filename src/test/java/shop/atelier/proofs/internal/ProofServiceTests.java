package shop.atelier.proofs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import shop.atelier.customers.CustomerId;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.Notifications;
import shop.atelier.orders.OrderProofingStarted;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.Orders;
import shop.atelier.proofs.ProofApproved;
import shop.atelier.proofs.ProofState;
import shop.atelier.proofs.Proofs;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadRejected;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

@ProofsModuleTest
class ProofServiceTests {

    @Autowired
    ProofService proofs;

    @Autowired
    Proofs facade;

    @Autowired
    Orders orders;

    @Autowired
    Uploads uploads;

    @Autowired
    Notifications notifications;

    ProofFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ProofFixtures(orders, uploads);
    }

    @Test
    void proofingOpensOneRequestPerLineThatNeedsAProofAndOnlyOnce(Scenario scenario) {
        var order = fixtures.order(null);

        scenario.publish(new OrderProofingStarted(order.id()))
                .andWaitForStateChange(() -> proofs.ofOrder(order.id()), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list)
                        .extracting(ProofDetails::productName, ProofDetails::state, ProofDetails::round)
                        .containsExactly(
                                tuple("Photo mug", ProofState.AWAITING_PROOF, 0),
                                tuple("Poster", ProofState.AWAITING_PROOF, 0)));

        assertThat(proofs.startProofing(order.id()))
                .as("a repeated event opens nothing")
                .isZero();
        assertThat(proofs.ofOrder(order.id())).hasSize(2);
        assertThat(facade.ofOrder(order.id()))
                .extracting(line -> line.lineId())
                .containsExactly(order.mugLine(), order.posterLine());
        verify(orders, never()).proofsApproved(order.id());
    }

    @Test
    void roundTripUntilEveryLineIsApprovedAndTheOrderLeavesProofingOnce() {
        var order = fixtures.order(CustomerId.random());
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        var poster = proof(order, order.posterLine());

        var first = publish(order, mug, "mug-1.png", "Is the name right?");
        assertThat(first.number()).isEqualTo(1);
        assertThat(state(order, mug)).isEqualTo(ProofState.AWAITING_CUSTOMER);
        verify(uploads)
                .store(eq(UploadScope.order(order.id().value())), eq(MaterialKind.PROOF), eq("mug-1.png"), any());

        proofs.requestChanges(order.id(), mug.id(), 1, "  Please make the name larger.  ");
        var afterChanges = details(order, mug);
        assertThat(afterChanges.state()).isEqualTo(ProofState.CHANGES_REQUESTED);
        assertThat(afterChanges.latest().comment()).isEqualTo("Please make the name larger.");
        assertThat(proofs.queue())
                .filteredOn(item -> item.proofRequestId().equals(mug.id().value()))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.state()).isEqualTo(ProofState.CHANGES_REQUESTED);
                    assertThat(item.round()).isEqualTo(1);
                });

        var second = publish(order, mug, "mug-2.pdf", null);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.image()).isFalse();
        publish(order, poster, "poster-1.png", null);

        proofs.approve(order.id(), mug.id(), 2);
        verify(orders, never()).proofsApproved(order.id());
        assertThat(state(order, mug)).isEqualTo(ProofState.APPROVED);

        proofs.approve(order.id(), poster.id(), 1);
        verify(orders, times(1)).proofsApproved(order.id());
        assertThat(proofs.queue())
                .noneMatch(item -> item.orderId().equals(order.id().value()));

        var history = details(order, mug).rounds();
        assertThat(history)
                .extracting(ProofRound::number, ProofRound::decision, ProofRound::comment)
                .containsExactly(
                        tuple(1, ProofRound.Decision.CHANGES_REQUESTED, "Please make the name larger."),
                        tuple(2, ProofRound.Decision.APPROVED, null));
        assertThat(history.getFirst().staffNote()).isEqualTo("Is the name right?");
        assertThat(history.getFirst().publishedBy()).isEqualTo("staff@atelier.example");

        assertThatThrownBy(() -> proofs.approve(order.id(), poster.id(), 1))
                .as("a double submit changes nothing")
                .isInstanceOf(ProofNotAwaitingCustomer.class);
        verify(orders, times(1)).proofsApproved(order.id());
    }

    @Test
    void theCustomerIsEmailedWithTheLinkToTheProofPage() {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());

        publish(order, mug, "mug.png", "Please check the spelling.");

        var email = ArgumentCaptor.forClass(Email.class);
        verify(notifications).enqueue(email.capture());
        assertThat(email.getValue().to()).isEqualTo("ann@example.com");
        assertThat(email.getValue().template()).isEqualTo("mail/proofs/published");
        assertThat(email.getValue().subjectArguments()).containsExactly(order.number());
        assertThat(email.getValue().model())
                .containsEntry("proofsUrl", "http://localhost:8080/orders/track/" + order.token() + "/proofs")
                .containsEntry("note", "Please check the spelling.")
                .containsEntry("round", 1)
                .containsEntry("product", "Photo mug");
    }

    @Test
    void anAnswerToARoundNoLongerAwaitingTheCustomerChangesNothing() {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        publish(order, mug, "mug-1.png", null);
        publish(order, mug, "mug-2.png", "Replaces the first one");

        assertThatThrownBy(() -> proofs.approve(order.id(), mug.id(), 1))
                .as("the page showed round 1, which was replaced")
                .isInstanceOf(ProofNotAwaitingCustomer.class);
        assertThatThrownBy(() -> proofs.requestChanges(order.id(), mug.id(), 1, "Bigger"))
                .isInstanceOf(ProofNotAwaitingCustomer.class);

        var details = details(order, mug);
        assertThat(details.state()).isEqualTo(ProofState.AWAITING_CUSTOMER);
        assertThat(details.rounds())
                .extracting(ProofRound::decision)
                .containsExactly(ProofRound.Decision.SUPERSEDED, null);
    }

    @Test
    void aRefusedFileStoresNothingAndChangesNothing() {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        when(uploads.store(any(), eq(MaterialKind.PROOF), anyString(), any()))
                .thenThrow(new UploadRejected(UploadRejected.Reason.TYPE_NOT_ALLOWED, "text/html"));

        assertThatThrownBy(() -> publish(order, mug, "proof.html", null)).isInstanceOf(UploadRejected.class);

        assertThat(details(order, mug).rounds()).isEmpty();
        assertThat(state(order, mug)).isEqualTo(ProofState.AWAITING_PROOF);
        verify(notifications, never()).enqueue(any());
    }

    @Test
    void aPreviewThatCannotBeRecordedIsDeletedAgain() {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        when(notifications.enqueue(any())).thenThrow(new IllegalStateException("outbox unavailable"));

        assertThatThrownBy(() -> publish(order, mug, "mug.png", null)).isInstanceOf(IllegalStateException.class);

        verify(uploads).delete(any());
        assertThat(details(order, mug).rounds())
                .as("the round rolled back with the email")
                .isEmpty();
        assertThat(state(order, mug)).isEqualTo(ProofState.AWAITING_PROOF);
    }

    @Test
    void noPreviewForAnApprovedLineOrAnOrderNotInProofing() {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        publish(order, mug, "mug.png", null);
        proofs.approve(order.id(), mug.id(), 1);

        assertThatThrownBy(() -> publish(order, mug, "again.png", null)).isInstanceOf(ProofAlreadyApproved.class);

        var poster = proof(order, order.posterLine());
        order.becomes(OrderStatus.CANCELLED);
        assertThatThrownBy(() -> publish(order, poster, "poster.png", null)).isInstanceOf(OrderNotInProofing.class);
        verify(uploads, times(1)).store(any(), any(), anyString(), any());
    }

    @Test
    void approvalsAreAnnouncedAsEvents(Scenario scenario) {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        publish(order, mug, "mug.png", null);

        scenario.stimulate(() -> proofs.approve(order.id(), mug.id(), 1))
                .andWaitForEventOfType(ProofApproved.class)
                .matching(event -> event.proofRequestId().equals(mug.id()))
                .toArriveAndVerify(event -> assertThat(event.round()).isEqualTo(1));
    }

    private ProofRound publish(ProofFixtures.Order order, ProofDetails proof, String filename, String note) {
        return proofs.publish(
                order.id(),
                proof.id(),
                filename,
                new ByteArrayInputStream("preview".getBytes(StandardCharsets.UTF_8)),
                note,
                "staff@atelier.example");
    }

    private ProofDetails proof(ProofFixtures.Order order, UUID line) {
        return proofs.ofOrder(order.id()).stream()
                .filter(p -> p.lineId().equals(line))
                .findFirst()
                .orElseThrow();
    }

    private ProofDetails details(ProofFixtures.Order order, ProofDetails proof) {
        return proof(order, proof.lineId());
    }

    private ProofState state(ProofFixtures.Order order, ProofDetails proof) {
        return details(order, proof).state();
    }
}
