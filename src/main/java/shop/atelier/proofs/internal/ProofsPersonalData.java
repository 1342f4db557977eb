package shop.atelier.proofs.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;
import shop.atelier.privacy.spi.DataCategory;
import shop.atelier.privacy.spi.DataInventory;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ErasureReport;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;

/**
 * The proofs module's entry in the data map: the customer's comments on previews, the shop's notes
 * to them, and which staff member published a preview. A person's proofs are those of their orders,
 * found through their account (the Orders API, and the account recorded on each request) and,
 * for guests, through the contact address of their orders.
 *
 * <p>Erases before the orders module ({@code @Order} 100 before its 500): a guest's orders are found
 * by their contact email, which the orders module then anonymizes.
 */
@Component
@Order(100)
class ProofsPersonalData implements PersonalDataHolder {

    static final String HOLDER = "proofs";
    private static final List<String> NOT_PERSONAL = List.of(
            "proof_requests.id",
            "proof_requests.line_id",
            "proof_requests.position",
            "proof_requests.product_name",
            "proof_requests.variant_name",
            "proof_requests.state",
            "proof_requests.state_since",
            "proof_requests.created_at",
            "proof_requests.version",
            "proof_rounds.proof_request_id",
            "proof_rounds.round");
    static final String ERASED = "[erased]";
    static final String FEEDBACK = "content.proof_feedback";
    static final String NOTE = "content.proof_note";
    static final String PREVIEW = "content.proof_preview";
    static final String REQUEST = "proofs.request";
    static final String PUBLISHER = "staff.proof_publisher";

    private static final String WITH_ORDER = "Kept with the order's proof history; removed on an erasure request;"
            + " deleted with the order at the end of its retention period";

    static final List<DataCategory> CATEGORIES = List.of(
            new DataCategory(
                    FEEDBACK,
                    "Your answers to the design previews we show you: approval or change request, when, and the"
                            + " comment you wrote",
                    "Make the item the way you want it",
                    LegalBasis.CONTRACT,
                    List.of("The shop's team"),
                    WITH_ORDER + " (the comment is replaced by an erasure marker)",
                    List.of("proof_rounds.customer_comment", "proof_rounds.decision", "proof_rounds.decided_at")),
            new DataCategory(
                    NOTE,
                    "The notes the shop wrote to you with a design preview",
                    "Explain the preview and ask what we need to know",
                    LegalBasis.CONTRACT,
                    List.of(),
                    WITH_ORDER + " (the note is replaced by an erasure marker)",
                    List.of("proof_rounds.staff_note")),
            new DataCategory(
                    PREVIEW,
                    "Which design preview (made from your photos and texts) was shown to you and when; the"
                            + " preview file itself is kept with your uploads, encrypted under the order's key",
                    "Show you the design before it is made",
                    LegalBasis.CONTRACT,
                    List.of("The shop's team"),
                    "The reference is kept with the order's proof history; the file is destroyed with the"
                            + " order's uploads",
                    List.of("proof_rounds.material_id", "proof_rounds.content_type", "proof_rounds.published_at")),
            new DataCategory(
                    REQUEST,
                    "Which order and account a design proof belongs to",
                    "Show the proof to the customer who ordered the item",
                    LegalBasis.CONTRACT,
                    List.of(),
                    "As long as the order; the account reference is removed on an erasure request",
                    List.of("proof_requests.order_id", "proof_requests.order_number", "proof_requests.customer_id")),
            new DataCategory(
                    PUBLISHER,
                    "The login of the staff member who published a design preview (staff data, not the"
                            + " customer's)",
                    "Know who prepared a design, to answer questions about it",
                    LegalBasis.LEGITIMATE_INTEREST,
                    List.of(),
                    "As long as the order's proof history",
                    List.of("proof_rounds.published_by")));

    private final JdbcClient jdbc;
    private final ProofRequests requests;
    private final Orders orders;

    ProofsPersonalData(JdbcClient jdbc, ProofRequests requests, Orders orders) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.orders = orders;
    }

    @Override
    public DataInventory inventory() {
        return new DataInventory(HOLDER, CATEGORIES, NOT_PERSONAL, List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public void export(DataSubject subject, ExportSink sink) {
        for (var orderId : orderIdsOf(subject)) {
            for (var request : requests.ofOrder(orderId)) {
                sink.record(HOLDER, "proof", export(request));
            }
        }
    }

    /**
     * Replaces the subject's comments and the notes written to them by an erasure marker and drops the
     * account reference, in either mode; the decisions and dates stay as the order's proof history
     * (no free text). {@link ErasureMode#ERASE_ALL} deletes the proof history too.
     */
    @Override
    @Transactional
    public ErasureReport erase(DataSubject subject, ErasureMode mode) {
        var erased = new ArrayList<String>();
        var kept = new ArrayList<ErasureReport.Kept>();
        for (var orderId : orderIdsOf(subject)) {
            var proofs = requests.ofOrder(orderId);
            if (proofs.isEmpty()) {
                continue;
            }
            var number = proofs.getFirst().orderNumber();
            if (mode == ErasureMode.ERASE_ALL) {
                jdbc.sql("delete from proof_requests where order_id = ?")
                        .param(orderId.value())
                        .update();
                erased.add("order " + number + ": every design proof (" + FEEDBACK + ", " + NOTE + ", " + PREVIEW + ", "
                        + REQUEST + ", " + PUBLISHER + ")");
            } else {
                jdbc.sql("""
                                update proof_rounds set
                                    customer_comment = case when customer_comment is null then null else :marker end,
                                    staff_note = case when staff_note is null then null else :marker end
                                where proof_request_id in (select id from proof_requests where order_id = :order)""")
                        .param("marker", ERASED)
                        .param("order", orderId.value())
                        .update();
                jdbc.sql("update proof_requests set customer_id = null where order_id = ?")
                        .param(orderId.value())
                        .update();
                erased.add("order " + number + ": " + FEEDBACK + " (comments replaced by \"" + ERASED + "\"), " + NOTE
                        + " (notes replaced by \"" + ERASED + "\"), the account reference");
                kept.add(new ErasureReport.Kept(
                        PREVIEW + ", decisions and dates (order " + number + ")",
                        "the record of which design was approved and when, without any text you wrote: needed to"
                                + " make the order and to answer claims about it; deleted with the order",
                        null));
            }
            erased.add("order " + number + ": preview files are stored with the order's uploads; the uploads"
                    + " module destroys them with the order's data key");
        }
        if (erased.isEmpty()) {
            return ErasureReport.nothingHeld(HOLDER);
        }
        return new ErasureReport(HOLDER, erased, kept);
    }

    private List<OrderId> orderIdsOf(DataSubject subject) {
        var ids = new LinkedHashSet<OrderId>();
        if (subject.customerId() != null) {
            orders.ofCustomer(new CustomerId(subject.customerId())).stream()
                    .map(OrderSummary::id)
                    .forEach(ids::add);
            ids.addAll(requests.orderIdsOfCustomer(subject.customerId()));
        }
        orders.ofContactEmail(subject.email()).stream().map(OrderSummary::id).forEach(ids::add);
        return List.copyOf(ids);
    }

    private static Map<String, Object> export(ProofRequest request) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("order", request.orderNumber());
        fields.put("product", request.productName());
        fields.put("variant", request.variantName());
        fields.put("state", request.state().name());
        fields.put("since", request.stateSince().toString());
        fields.put(
                "rounds",
                request.rounds().stream()
                        .map(round -> {
                            var r = new LinkedHashMap<String, Object>();
                            r.put("round", round.number());
                            r.put("preview", round.material().toString());
                            r.put("previewType", round.contentType());
                            r.put("publishedAt", round.publishedAt().toString());
                            // Staff are named by role only: their identity is not the subject's data.
                            r.put("publishedBy", "shop");
                            if (round.staffNote() != null) {
                                r.put("noteFromShop", round.staffNote());
                            }
                            if (round.decision() != null && round.decidedAt() != null) {
                                r.put("decision", round.decision().name());
                                r.put("decidedAt", round.decidedAt().toString());
                            }
                            if (round.comment() != null) {
                                r.put("comment", round.comment());
                            }
                            return r;
                        })
                        .toList());
        return fields;
    }
}
