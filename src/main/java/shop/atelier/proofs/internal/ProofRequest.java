package shop.atelier.proofs.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.orders.OrderId;
import shop.atelier.proofs.ProofRequestId;
import shop.atelier.proofs.ProofState;
import shop.atelier.uploads.MaterialId;

/**
 * The design proof of one order line: the rounds of previews the shop published and the customer's
 * answers. Only the latest round can be open; a new preview while the customer has not answered
 * replaces the open one.
 */
final class ProofRequest {

    private final ProofRequestId id;
    private final OrderId orderId;
    private final String orderNumber;
    private final @Nullable UUID customerId;
    private final UUID lineId;
    private final int position;
    private final String productName;
    private final String variantName;
    private final Instant createdAt;
    private ProofState state;
    private Instant stateSince;
    private final long version;
    private final List<ProofRound> rounds;

    ProofRequest(
            ProofRequestId id,
            OrderId orderId,
            String orderNumber,
            @Nullable UUID customerId,
            UUID lineId,
            int position,
            String productName,
            String variantName,
            Instant createdAt,
            ProofState state,
            Instant stateSince,
            long version,
            List<ProofRound> rounds) {
        this.id = Objects.requireNonNull(id);
        this.orderId = Objects.requireNonNull(orderId);
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.lineId = lineId;
        this.position = position;
        this.productName = productName;
        this.variantName = variantName;
        this.createdAt = createdAt;
        this.state = state;
        this.stateSince = stateSince;
        this.version = version;
        this.rounds = new ArrayList<>(rounds);
    }

    static ProofRequest open(
            OrderId orderId,
            String orderNumber,
            @Nullable UUID customerId,
            UUID lineId,
            int position,
            String productName,
            String variantName,
            Instant at) {
        return new ProofRequest(
                ProofRequestId.random(),
                orderId,
                orderNumber,
                customerId,
                lineId,
                position,
                productName,
                variantName,
                at,
                ProofState.AWAITING_PROOF,
                at,
                0,
                List.of());
    }

    /**
     * Staff publish a new preview; it awaits the customer.
     *
     * @throws ProofAlreadyApproved when the customer approved the design already
     */
    ProofRound publish(
            MaterialId material, String contentType, @Nullable String staffNote, String publishedBy, Instant at) {
        if (!state.acceptsPreview()) {
            throw new ProofAlreadyApproved(orderNumber, productName);
        }
        var latest = latest();
        if (latest != null && latest.open()) {
            rounds.set(rounds.size() - 1, latest.decided(ProofRound.Decision.SUPERSEDED, null, at));
        }
        var round =
                new ProofRound(rounds.size() + 1, material, contentType, staffNote, publishedBy, at, null, null, null);
        rounds.add(round);
        moveTo(ProofState.AWAITING_CUSTOMER, at);
        return round;
    }

    /**
     * The customer approves the preview of round {@code round}.
     *
     * @throws ProofNotAwaitingCustomer when that round does not await the customer's answer
     */
    void approve(int round, Instant at) {
        var open = openRound(round);
        rounds.set(rounds.size() - 1, open.decided(ProofRound.Decision.APPROVED, null, at));
        moveTo(ProofState.APPROVED, at);
    }

    /**
     * The customer asks for changes to the preview of round {@code round}.
     *
     * @throws ProofNotAwaitingCustomer when that round does not await the customer's answer
     */
    void requestChanges(int round, String comment, Instant at) {
        if (comment.isBlank()) {
            throw new IllegalArgumentException("A change request needs a comment");
        }
        var open = openRound(round);
        rounds.set(rounds.size() - 1, open.decided(ProofRound.Decision.CHANGES_REQUESTED, comment.strip(), at));
        moveTo(ProofState.CHANGES_REQUESTED, at);
    }

    private ProofRound openRound(int round) {
        var latest = latest();
        if (state != ProofState.AWAITING_CUSTOMER || latest == null || latest.number() != round || !latest.open()) {
            throw new ProofNotAwaitingCustomer(id.toString(), round);
        }
        return latest;
    }

    private void moveTo(ProofState next, Instant at) {
        state = next;
        stateSince = at;
    }

    @Nullable
    ProofRound latest() {
        return rounds.isEmpty() ? null : rounds.getLast();
    }

    ProofDetails details() {
        return new ProofDetails(
                id, orderId, orderNumber, lineId, productName, variantName, state, stateSince, List.copyOf(rounds));
    }

    ProofRequestId id() {
        return id;
    }

    OrderId orderId() {
        return orderId;
    }

    String orderNumber() {
        return orderNumber;
    }

    @Nullable
    UUID customerId() {
        return customerId;
    }

    UUID lineId() {
        return lineId;
    }

    int position() {
        return position;
    }

    String productName() {
        return productName;
    }

    String variantName() {
        return variantName;
    }

    Instant createdAt() {
        return createdAt;
    }

    ProofState state() {
        return state;
    }

    Instant stateSince() {
        return stateSince;
    }

    long version() {
        return version;
    }

    List<ProofRound> rounds() {
        return List.copyOf(rounds);
    }
}
