package shop.atelier.rights.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.privacy.spi.DataSubject;

/**
 * A person's request to see, correct or erase their data, from receipt to its answer within the
 * legal deadline. Every state change is kept with who made it. The identity of the requester must
 * be verified before anything is done; once the request is closed, it keeps no more about the person
 * than a hash of their email address and the outcome (for an access request, only after its archive
 * can no longer be downloaded).
 */
public final class RightsRequest {

    private final UUID id;
    private final RequestType type;
    private final Channel channel;
    private RequestState state;
    private @Nullable String email;
    private final String emailHash;
    private @Nullable UUID customerId;
    private @Nullable String details;
    private final Instant receivedAt;
    private final Instant dueAt;
    private @Nullable Instant identityVerifiedAt;
    private @Nullable String identityMethod;
    private @Nullable Instant closedAt;
    private @Nullable String outcome;
    private @Nullable String refusalReason;
    private @Nullable String receipt;
    private @Nullable Instant archiveUntil;
    private @Nullable UUID mergedInto;
    private final @Nullable String externalReference;
    private final long version;
    private final List<HistoryEntry> newHistory = new ArrayList<>();

    RightsRequest(
            UUID id,
            RequestType type,
            Channel channel,
            RequestState state,
            @Nullable String email,
            String emailHash,
            @Nullable UUID customerId,
            @Nullable String details,
            Instant receivedAt,
            Instant dueAt,
            @Nullable Instant identityVerifiedAt,
            @Nullable String identityMethod,
            @Nullable Instant closedAt,
            @Nullable String outcome,
            @Nullable String refusalReason,
            @Nullable String receipt,
            @Nullable Instant archiveUntil,
            @Nullable UUID mergedInto,
            @Nullable String externalReference,
            long version) {
        this.id = id;
        this.type = type;
        this.channel = channel;
        this.state = state;
        this.email = email;
        this.emailHash = emailHash;
        this.customerId = customerId;
        this.details = details;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.identityVerifiedAt = identityVerifiedAt;
        this.identityMethod = identityMethod;
        this.closedAt = closedAt;
        this.outcome = outcome;
        this.refusalReason = refusalReason;
        this.receipt = receipt;
        this.archiveUntil = archiveUntil;
        this.mergedInto = mergedInto;
        this.externalReference = externalReference;
        this.version = version;
    }

    /**
     * A new request, due {@code duePeriod} after {@code now}.
     *
     * @param verifiedBy how the requester's identity is already verified (signed in, Shopify's
     *     signature), or {@code null} when it still must be
     */
    static RightsRequest receive(
            RequestType type,
            Channel channel,
            DataSubject subject,
            @Nullable String details,
            @Nullable String verifiedBy,
            @Nullable String externalReference,
            String actor,
            Instant now,
            Duration duePeriod) {
        var request = new RightsRequest(
                UUID.randomUUID(),
                type,
                channel,
                RequestState.RECEIVED,
                subject.email(),
                EmailHash.of(subject.email()),
                subject.customerId(),
                blankToNull(details),
                now,
                now.plus(duePeriod),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                externalReference,
                0);
        request.record(now, actor, HistoryEntry.code("channel." + channel.name()));
        if (verifiedBy == null) {
            request.state = RequestState.IDENTITY_UNVERIFIED;
            request.record(now, "system", null);
        } else {
            request.verifyIdentity(verifiedBy, actor, now);
        }
        return request;
    }

    /** Identity verified: the request proceeds. Verifying again changes nothing. */
    void verifyIdentity(String method, String actor, Instant now) {
        requireOpen();
        if (identityVerifiedAt != null) {
            return;
        }
        identityVerifiedAt = now;
        identityMethod = method;
        state = RequestState.IN_PROGRESS;
        record(now, actor, method);
    }

    /** Another request of the same person and type joined this one. */
    void joined(Channel channel, @Nullable String moreDetails, String actor, Instant now) {
        requireOpen();
        var extra = blankToNull(moreDetails);
        if (extra != null) {
            details = details == null ? extra : details + "\n\n" + extra;
        }
        record(now, actor, HistoryEntry.code("joined." + channel.name()));
    }

    /** The access archive is ready; it can be downloaded until {@code now + availability}. */
    void completeAccess(String actor, Instant now, Duration availability) {
        requireType(RequestType.ACCESS);
        requireVerified();
        archiveUntil = now.plus(availability);
        close(RequestState.COMPLETED, actor, now, HistoryEntry.code("archive-ready"));
    }

    /** Erased: only the receipt and the hash of the address stay. */
    void completeErasure(String receiptJson, String actor, Instant now) {
        requireType(RequestType.ERASURE);
        requireVerified();
        receipt = receiptJson;
        close(RequestState.COMPLETED, actor, now, HistoryEntry.code("erased"));
        forgetPerson();
    }

    /** A legal hold blocked the erasure: refused with the holds as the reason, the receipt kept. */
    void erasureBlocked(String receiptJson, String reason, String actor, Instant now) {
        requireType(RequestType.ERASURE);
        requireVerified();
        receipt = receiptJson;
        refuse(reason, actor, now);
    }

    /** Staff corrected the data; {@code what} says what was corrected. */
    void recordCorrection(String what, String actor, Instant now) {
        requireType(RequestType.CORRECTION);
        requireVerified();
        outcome = what.strip();
        close(RequestState.COMPLETED, actor, now, outcome);
        forgetPerson();
    }

    void refuse(String reason, String actor, Instant now) {
        requireOpen();
        refusalReason = reason.strip();
        close(RequestState.REFUSED, actor, now, refusalReason);
        forgetPerson();
    }

    /**
     * A duplicate closed by staff: it continues as {@code target}. Requests of one address merge on
     * receipt; staff merge what came from two addresses of one person (an email from a work address
     * about the account of a private one), so the addresses may differ but the type may not.
     */
    void mergeInto(RightsRequest target, String actor, Instant now) {
        requireOpen();
        if (!target.state.open() || target.id.equals(id)) {
            throw new RequestStateRefused("A request can only be merged into another open request.");
        }
        if (target.type != type) {
            throw new RequestStateRefused("Only requests of the same type can be merged.");
        }
        mergedInto = target.id;
        close(RequestState.MERGED, actor, now, HistoryEntry.code("merged", target.id));
        forgetPerson();
        target.joined(channel, details, actor, now);
    }

    /** The archive's download period is over: the address goes too. */
    void archiveExpired(Instant now) {
        if (state != RequestState.COMPLETED || type != RequestType.ACCESS || email == null) {
            return;
        }
        archiveUntil = now;
        email = null;
        customerId = null;
        details = null;
        record(now, "system", HistoryEntry.code("archive-expired"));
    }

    public boolean archiveAvailable(Instant now) {
        return state == RequestState.COMPLETED
                && type == RequestType.ACCESS
                && email != null
                && archiveUntil != null
                && now.isBefore(archiveUntil);
    }

    public boolean overdue(Instant now) {
        return state.open() && now.isAfter(dueAt);
    }

    private void close(RequestState closed, String actor, Instant now, @Nullable String note) {
        requireOpen();
        state = closed;
        closedAt = now;
        record(now, actor, note);
    }

    private void forgetPerson() {
        if (type == RequestType.ACCESS && state == RequestState.COMPLETED && archiveUntil != null) {
            return; // the archive is built from the address on download; cleared when it expires
        }
        email = null;
        customerId = null;
        details = null;
    }

    private void record(Instant at, String actor, @Nullable String note) {
        newHistory.add(new HistoryEntry(at, state, actor, note));
    }

    private void requireOpen() {
        if (!state.open()) {
            throw new RequestStateRefused("This request is closed.");
        }
    }

    private void requireVerified() {
        requireOpen();
        if (identityVerifiedAt == null) {
            throw new RequestStateRefused("The requester's identity must be verified first.");
        }
    }

    private void requireType(RequestType expected) {
        if (type != expected) {
            throw new RequestStateRefused("This is not a " + expected.name().toLowerCase(Locale.ROOT) + " request.");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    List<HistoryEntry> takeNewHistory() {
        var taken = List.copyOf(newHistory);
        newHistory.clear();
        return taken;
    }

    public UUID id() {
        return id;
    }

    public RequestType type() {
        return type;
    }

    public Channel channel() {
        return channel;
    }

    public RequestState state() {
        return state;
    }

    public @Nullable String email() {
        return email;
    }

    public String emailHash() {
        return emailHash;
    }

    public @Nullable UUID customerId() {
        return customerId;
    }

    public @Nullable String details() {
        return details;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public @Nullable Instant identityVerifiedAt() {
        return identityVerifiedAt;
    }

    public @Nullable String identityMethod() {
        return identityMethod;
    }

    public boolean identityVerified() {
        return identityVerifiedAt != null;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public @Nullable String outcome() {
        return outcome;
    }

    public @Nullable String refusalReason() {
        return refusalReason;
    }

    public @Nullable String receipt() {
        return receipt;
    }

    public @Nullable Instant archiveUntil() {
        return archiveUntil;
    }

    public @Nullable UUID mergedInto() {
        return mergedInto;
    }

    public @Nullable String externalReference() {
        return externalReference;
    }

    long version() {
        return version;
    }

    DataSubject subject() {
        return new DataSubject(customerId, Objects.requireNonNull(email, "the request no longer names a person"));
    }
}
