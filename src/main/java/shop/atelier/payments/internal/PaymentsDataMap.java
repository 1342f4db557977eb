package shop.atelier.payments.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import shop.atelier.privacy.spi.NoPersonalData;

/**
 * The payments module's entry in the data map. The payment provider's hosted checkout takes the
 * payment details (promise C2); the shop keeps only amounts, references and outcomes by order id,
 * and the order holds who paid. Nothing here is about a person on its own.
 */
@Component
class PaymentsDataMap extends NoPersonalData {

    static final String HOLDER = "payments";
    private static final List<String> NOT_PERSONAL = List.of(
            "payment_events.id",
            "payment_events.order_id",
            "payment_events.provider",
            "payment_events.kind",
            "payment_events.amount_minor",
            "payment_events.currency",
            "payment_events.checkout_reference",
            "payment_events.provider_event_id",
            "payment_events.provider_payment_id",
            "payment_events.occurred_at",
            "payment_events.received_at",
            "sandbox_checkouts.reference",
            "sandbox_checkouts.order_id",
            "sandbox_checkouts.order_number",
            "sandbox_checkouts.amount_minor",
            "sandbox_checkouts.currency",
            "sandbox_checkouts.return_url",
            "sandbox_checkouts.status",
            "sandbox_checkouts.created_at",
            "sandbox_checkouts.completed_at");

    PaymentsDataMap() {
        super(HOLDER, NOT_PERSONAL);
    }
}
