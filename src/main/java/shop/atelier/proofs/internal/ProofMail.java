package shop.atelier.proofs.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import shop.atelier.notifications.Email;
import shop.atelier.orders.OrderContact;

/**
 * The email telling the customer a design preview awaits them, with the link to the proof page
 * beside their order page. The model holds only strings and numbers.
 */
@Component
class ProofMail {

    static final String TEMPLATE = "mail/proofs/published";
    static final String SUBJECT = "proofs.mail.published.subject";

    Email published(OrderContact contact, ProofRequest request, ProofRound round) {
        var model = new LinkedHashMap<String, Object>();
        model.put("orderNumber", request.orderNumber());
        model.put("product", request.productName());
        model.put("variant", request.variantName());
        model.put("round", round.number());
        model.put("note", round.staffNote() == null ? "" : round.staffNote());
        model.put("proofsUrl", proofsPage(contact.orderPage()).toString());
        return Email.transactional(contact.email(), SUBJECT, TEMPLATE, model, request.orderNumber());
    }

    /** The proof page sits beside the order page: {@code <order page>/proofs}. */
    static URI proofsPage(URI orderPage) {
        return UriComponentsBuilder.fromUri(orderPage)
                .path("/proofs")
                .build(true)
                .toUri();
    }
}
