package shop.atelier.proofs.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderLineSummary;
import shop.atelier.orders.Orders;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.PaymentCardNumbers;
import shop.atelier.platform.StreamedUploads;
import shop.atelier.proofs.ProofRequestId;
import shop.atelier.proofs.ProofState;
import shop.atelier.proofs.internal.ProofDetails;
import shop.atelier.proofs.internal.ProofQueueItem;
import shop.atelier.proofs.internal.ProofService;
import shop.atelier.uploads.UploadRejected;
import shop.atelier.uploads.Viewer;

/**
 * Staff: the queue of open proofs, and per order the lines to prepare with the customer's
 * personalization, the rounds so far and the form that publishes a new preview. The form is a
 * streamed multipart form: the note comes before the file, the CSRF token in the action's query.
 */
@Controller
class StaffProofController {

    static final String FILE_FIELD = "file";
    static final String NOTE_FIELD = "note";
    static final String PURPOSE = "proof-preparation";

    /** The queue's groups, in the order staff work through them. */
    static final List<ProofState> QUEUE_ORDER =
            List.of(ProofState.CHANGES_REQUESTED, ProofState.AWAITING_PROOF, ProofState.AWAITING_CUSTOMER);

    private final ProofService proofs;
    private final Orders orders;
    private final MaterialLinks links;

    StaffProofController(ProofService proofs, Orders orders, MaterialLinks links) {
        this.proofs = proofs;
        this.orders = orders;
        this.links = links;
    }

    /** One group of the queue. */
    record QueueGroup(ProofState state, List<ProofQueueItem> items) {}

    /** One line to prepare: the proof, the ordered line (if still known) and the links for staff. */
    record StaffLine(
            MaterialLinks.ProofView view,
            @Nullable OrderLineSummary line,
            List<MaterialLinks.Personalization> personalization) {}

    @GetMapping("/staff/proofs")
    ModelAndView queue() {
        var byState = proofs.queue().stream().collect(Collectors.groupingBy(ProofQueueItem::state));
        var groups = new ArrayList<QueueGroup>();
        for (var state : QUEUE_ORDER) {
            groups.add(new QueueGroup(state, byState.getOrDefault(state, List.of())));
        }
        return new ModelAndView("proofs/staff-queue").addObject("groups", groups);
    }

    @GetMapping("/staff/orders/{orderId}/proofs")
    ModelAndView order(@PathVariable UUID orderId, Authentication staff) {
        return page(new OrderId(orderId), staff, Form.empty());
    }

    @PostMapping("/staff/orders/{orderId}/proofs/{requestId}")
    ModelAndView publish(
            @PathVariable UUID orderId, @PathVariable UUID requestId, HttpServletRequest request, Authentication staff)
            throws IOException {
        var order = new OrderId(orderId);
        var id = new ProofRequestId(requestId);
        // Empty when the preview was published; otherwise the form to show again with its errors.
        Optional<Form> outcome;
        try {
            outcome = StreamedUploads.receive(request, FILE_FIELD, (filename, content, fields) -> {
                var note = fields.getOrDefault(NOTE_FIELD, "").strip();
                var noteError = noteError(note);
                if (noteError != null) {
                    return Optional.of(new Form(requestId, note, noteError, null));
                }
                if (filename.isBlank()) {
                    return Optional.of(new Form(requestId, note, null, "proofs.staff.file.required"));
                }
                try {
                    proofs.publish(order, id, filename, content, note, staff.getName());
                    return Optional.<Form>empty();
                } catch (UploadRejected e) {
                    return Optional.of(new Form(requestId, note, null, e.messageKey()));
                }
            });
        } catch (StreamedUploads.MalformedUpload e) {
            outcome = Optional.of(new Form(requestId, "", null, "proofs.staff.file.required"));
        }
        if (outcome.isEmpty()) {
            RequestContextUtils.getOutputFlashMap(request).put("notice", "proofs.staff.published");
            return Redirects.seeOther("/staff/orders/" + orderId + "/proofs");
        }
        var page = page(order, staff, outcome.get());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private ModelAndView page(OrderId orderId, Authentication staff, Form form) {
        var order = orders.summary(orderId).orElseThrow(() -> new NotFoundException("No such order"));
        var viewer = new Viewer("STAFF", staff.getName(), staff.getName(), PURPOSE);
        Map<UUID, OrderLineSummary> lines = orders.lines(orderId).stream()
                .collect(Collectors.toMap(
                        OrderLineSummary::lineId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        var items = new ArrayList<StaffLine>();
        for (ProofDetails proof : proofs.ofOrder(orderId)) {
            var line = lines.get(proof.lineId());
            var personalization = line == null
                    ? List.<MaterialLinks.Personalization>of()
                    : line.personalization().stream()
                            .map(value -> links.personalization(value, viewer))
                            .toList();
            items.add(new StaffLine(links.proof(proof, viewer), line, personalization));
        }
        return new ModelAndView("proofs/staff-order")
                .addObject("order", order)
                .addObject("items", items)
                .addObject("form", form)
                .addObject("maxNote", ProofService.MAX_NOTE_LENGTH);
    }

    private static @Nullable String noteError(String note) {
        if (note.length() > ProofService.MAX_NOTE_LENGTH) {
            return "proofs.staff.note.too-long";
        }
        if (PaymentCardNumbers.containsCardNumber(note)) {
            return "platform.validation.card-number";
        }
        return null;
    }

    /**
     * What the publish form shows again: for which request, the note typed, and the message keys of
     * the errors next to the note and the file.
     */
    record Form(
            @Nullable UUID requestId,
            String note,
            @Nullable String noteError,
            @Nullable String fileError) {

        static Form empty() {
            return new Form(null, "", null, null);
        }

        public boolean isFor(UUID id) {
            return id.equals(requestId);
        }
    }
}
