package shop.atelier.proofs.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.notifications.Notifications;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.PaymentCardNumbers;
import shop.atelier.proofs.ProofApproved;
import shop.atelier.proofs.ProofRequestId;
import shop.atelier.proofs.ProofState;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/**
 * The proof workflow: requests open when an order starts proofing, staff publish previews, the
 * customer answers, and the order leaves proofing with the last approval (in the same transaction).
 */
@Service
public class ProofService {

    public static final int MAX_NOTE_LENGTH = 1000;
    public static final int MAX_COMMENT_LENGTH = 2000;
    static final int QUEUE_LIMIT = 500;

    private static final Logger log = LoggerFactory.getLogger(ProofService.class);

    private final ProofRequests requests;
    private final Orders orders;
    private final Uploads uploads;
    private final Notifications notifications;
    private final ProofMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ProofService(
            ProofRequests requests,
            Orders orders,
            Uploads uploads,
            Notifications notifications,
            ProofMail mail,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.requests = requests;
        this.orders = orders;
        this.uploads = uploads;
        this.notifications = notifications;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Opens a request for every line of the order that needs a proof and has none yet, so a repeated
     * call creates nothing new.
     *
     * @return how many requests were opened
     */
    @Transactional
    public int startProofing(OrderId orderId) {
        var summary = orders.summary(orderId);
        if (summary.isEmpty()) {
            log.warn("Proofing started for unknown order {}", orderId);
            return 0;
        }
        var order = summary.get();
        var now = clock.instant();
        var lines = orders.lines(orderId);
        var opened = 0;
        for (var position = 0; position < lines.size(); position++) {
            var line = lines.get(position);
            if (!line.needsProof()) {
                continue;
            }
            var customer =
                    order.customerId() == null ? null : order.customerId().value();
            var request = ProofRequest.open(
                    orderId,
                    order.number(),
                    customer,
                    line.lineId(),
                    position,
                    line.productName(),
                    line.variantName(),
                    now);
            if (requests.addIfAbsent(request)) {
                opened++;
            }
        }
        if (opened > 0) {
            log.info("Order {}: {} proof request(s) opened", order.number(), opened);
        } else if (requests.ofOrder(orderId).isEmpty() && order.status() == OrderStatus.PROOFING) {
            // No line needs a preview after all: nothing to wait for.
            log.warn("Order {} started proofing without a line that needs a proof", order.number());
            orders.proofsApproved(orderId);
        }
        return opened;
    }

    /** Open requests (not approved), oldest state first. */
    public List<ProofQueueItem> queue() {
        return requests.open(QUEUE_LIMIT);
    }

    /** The order's proofs in line order. */
    public List<ProofDetails> ofOrder(OrderId orderId) {
        return requests.ofOrder(orderId).stream().map(ProofRequest::details).toList();
    }

    /**
     * Staff publish a preview for one line: the file is stored in the order's upload scope, the round
     * is recorded and the customer is emailed in one transaction. The file streams into the store
     * before that transaction, so no database connection waits for an upload; if recording fails the
     * stored file is deleted again.
     *
     * @throws NotFoundException when the order has no such request
     * @throws OrderNotInProofing when the order is not waiting in proofing
     * @throws ProofAlreadyApproved when the customer approved the line's design already
     * @throws shop.atelier.uploads.UploadRejected when the file is refused; nothing is stored then
     */
    public ProofRound publish(
            OrderId orderId,
            ProofRequestId id,
            String filename,
            InputStream content,
            @Nullable String note,
            String publishedBy) {
        var staffNote = note == null || note.isBlank() ? null : note.strip();
        if (staffNote != null
                && (staffNote.length() > MAX_NOTE_LENGTH || PaymentCardNumbers.containsCardNumber(staffNote))) {
            throw new IllegalArgumentException("The note is too long or holds a card number");
        }
        checkPublishable(requestOf(orderId, id));
        var material = uploads.store(UploadScope.order(orderId.value()), MaterialKind.PROOF, filename, content);
        try {
            return Objects.requireNonNull(transaction.execute(status -> {
                var request = requests.findForUpdate(id).orElseThrow();
                checkPublishable(request);
                var round =
                        request.publish(material.id(), material.contentType(), staffNote, publishedBy, clock.instant());
                requests.save(request);
                orders.contactForMail(orderId)
                        .ifPresentOrElse(
                                contact -> notifications.enqueue(mail.published(contact, request, round)),
                                () -> log.warn("Order {} has no contact for the proof email", request.orderNumber()));
                return round;
            }));
        } catch (RuntimeException e) {
            try {
                uploads.delete(material.id());
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Checks everything that can refuse a preview before any byte of it is stored. */
    private void checkPublishable(ProofRequest request) {
        var order = orders.summary(request.orderId()).orElseThrow(() -> new NotFoundException("No such order"));
        requireProofing(order);
        if (!request.state().acceptsPreview()) {
            throw new ProofAlreadyApproved(order.number(), request.productName());
        }
    }

    private static void requireProofing(OrderSummary order) {
        if (order.status() != OrderStatus.PROOFING) {
            throw new OrderNotInProofing(order.number(), order.status().name());
        }
    }

    /**
     * The customer approves the preview of one round. When it was the order's last open proof, the
     * order leaves proofing in the same transaction.
     *
     * @throws ProofNotAwaitingCustomer when that round does not await the customer (nothing changes)
     */
    @Transactional
    public void approve(OrderId orderId, ProofRequestId id, int round) {
        var all = requests.ofOrderForUpdate(orderId);
        var request = all.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No such proof"));
        request.approve(round, clock.instant());
        requests.save(request);
        events.publishEvent(new ProofApproved(id, orderId, request.lineId(), round));
        if (all.stream().allMatch(r -> r.state() == ProofState.APPROVED)) {
            orders.proofsApproved(orderId);
            log.info("Order {}: every design approved", request.orderNumber());
        }
    }

    /**
     * The customer asks for changes to the preview of one round; the request returns to the staff
     * queue.
     *
     * @throws ProofNotAwaitingCustomer when that round does not await the customer (nothing changes)
     */
    @Transactional
    public void requestChanges(OrderId orderId, ProofRequestId id, int round, String comment) {
        if (comment.isBlank()
                || comment.strip().length() > MAX_COMMENT_LENGTH
                || PaymentCardNumbers.containsCardNumber(comment)) {
            throw new IllegalArgumentException("The comment is empty, too long or holds a card number");
        }
        var request = requests.findForUpdate(id)
                .filter(r -> r.orderId().equals(orderId))
                .orElseThrow(() -> new NotFoundException("No such proof"));
        request.requestChanges(round, comment, clock.instant());
        requests.save(request);
    }

    private ProofRequest requestOf(OrderId orderId, ProofRequestId id) {
        return requests.find(id)
                .filter(r -> r.orderId().equals(orderId))
                .orElseThrow(() -> new NotFoundException("No such proof"));
    }
}
