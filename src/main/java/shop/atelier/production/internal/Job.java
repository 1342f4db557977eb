package shop.atelier.production.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.orders.OrderId;
import shop.atelier.production.JobId;
import shop.atelier.production.JobState;
import shop.atelier.production.WorkshopId;

/**
 * One order line given to one workshop. ASSIGNED → IN_PROGRESS → DONE; the workshop may reject an
 * open job with a reason (REJECTED, back with staff); staff may take an open job back to give the
 * line anew (REASSIGNED). Rejected and reassigned jobs stay as history; only an open or done job
 * counts for its line. Product, variant and order number are copied: they are no personal data.
 */
public final class Job {

    static final int MAX_REASON = 1000;

    private final JobId id;
    private final WorkshopId workshopId;
    private final OrderId orderId;
    private final String orderNumber;
    private final @Nullable UUID customerId;
    private final UUID lineId;
    private final String productName;
    private final String variantName;
    private final int quantity;
    private final LocalDate dueOn;
    private JobState state;
    private @Nullable String rejectReason;
    private final String assignedBy;
    private final Instant assignedAt;
    private Instant stateSince;
    private final long version;

    Job(
            JobId id,
            WorkshopId workshopId,
            OrderId orderId,
            String orderNumber,
            @Nullable UUID customerId,
            UUID lineId,
            String productName,
            String variantName,
            int quantity,
            LocalDate dueOn,
            JobState state,
            @Nullable String rejectReason,
            String assignedBy,
            Instant assignedAt,
            Instant stateSince,
            long version) {
        this.id = id;
        this.workshopId = workshopId;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.lineId = lineId;
        this.productName = productName;
        this.variantName = variantName;
        this.quantity = quantity;
        this.dueOn = dueOn;
        this.state = state;
        this.rejectReason = rejectReason;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
        this.stateSince = stateSince;
        this.version = version;
    }

    static Job assign(
            WorkshopId workshopId,
            OrderId orderId,
            String orderNumber,
            @Nullable UUID customerId,
            UUID lineId,
            String productName,
            String variantName,
            int quantity,
            LocalDate dueOn,
            String assignedBy,
            Instant at) {
        return new Job(
                JobId.random(),
                workshopId,
                orderId,
                orderNumber,
                customerId,
                lineId,
                productName,
                variantName,
                quantity,
                dueOn,
                JobState.ASSIGNED,
                null,
                assignedBy,
                at,
                at,
                -1);
    }

    /** The workshop starts making it. */
    public void start(Instant at) {
        move(JobState.ASSIGNED, JobState.IN_PROGRESS, at);
    }

    /** The workshop made it. Only a started job can be done. */
    public void finish(Instant at) {
        move(JobState.IN_PROGRESS, JobState.DONE, at);
    }

    /** The workshop cannot make it; the reason goes back to staff. */
    public void reject(String reason, Instant at) {
        var trimmed = Objects.requireNonNull(reason).strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON) {
            throw new IllegalArgumentException("A rejection needs a reason of 1 to " + MAX_REASON + " characters");
        }
        if (!state.open()) {
            throw new IllegalJobTransition(state, JobState.REJECTED);
        }
        state = JobState.REJECTED;
        rejectReason = trimmed;
        stateSince = at;
    }

    /** Staff take an open job back to give the line anew; the workshop loses access at once. */
    public void withdraw(Instant at) {
        if (!state.open()) {
            throw new IllegalJobTransition(state, JobState.REASSIGNED);
        }
        state = JobState.REASSIGNED;
        stateSince = at;
    }

    private void move(JobState from, JobState to, Instant at) {
        if (state != from) {
            throw new IllegalJobTransition(state, to);
        }
        state = to;
        stateSince = at;
    }

    public JobId id() {
        return id;
    }

    public WorkshopId workshopId() {
        return workshopId;
    }

    public OrderId orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public @Nullable UUID customerId() {
        return customerId;
    }

    public UUID lineId() {
        return lineId;
    }

    public String productName() {
        return productName;
    }

    public String variantName() {
        return variantName;
    }

    public int quantity() {
        return quantity;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public JobState state() {
        return state;
    }

    public @Nullable String rejectReason() {
        return rejectReason;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant stateSince() {
        return stateSince;
    }

    long version() {
        return version;
    }

    boolean isNew() {
        return version < 0;
    }
}
