package shop.atelier.notifications.internal;

import java.time.Instant;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.privacy.spi.DataCategory;
import shop.atelier.privacy.spi.DataInventory;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ErasureReport;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;

/** The record of emails sent to a person (promise C5), for the data map and rights requests. */
@Component
@Order(700)
class OutboxPersonalData implements PersonalDataHolder {

    static final String HOLDER = "notifications";
    private static final List<String> NOT_PERSONAL = List.of(
            "outbox_messages.id",
            "outbox_messages.kind",
            "outbox_messages.status",
            "outbox_messages.attempts",
            "outbox_messages.next_attempt_at",
            "outbox_messages.created_at",
            "outbox_messages.sent_at");
    static final String EMAIL_SENT = "communication.email_sent";

    private final OutboxMessages messages;
    private final OutboxProperties properties;

    OutboxPersonalData(OutboxMessages messages, OutboxProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @Override
    public DataInventory inventory() {
        return new DataInventory(
                HOLDER,
                List.of(new DataCategory(
                        EMAIL_SENT,
                        "The emails the shop sent, or is about to send, to a person: their email address, the"
                                + " subject and the message itself.",
                        "Sending the emails an order or account needs (confirmations, delivery updates, password"
                                + " resets) and keeping a record of what was sent to whom, to retry failed"
                                + " deliveries and answer questions about it.",
                        LegalBasis.LEGITIMATE_INTEREST,
                        List.of("the shop's email delivery service (SMTP relay), when one is configured"),
                        "Deleted " + describe(properties.retention()) + " after the email was written.",
                        List.of(
                                "outbox_messages.recipient",
                                "outbox_messages.subject",
                                "outbox_messages.html_body",
                                "outbox_messages.text_body",
                                "outbox_messages.last_error",
                                "outbox_messages.list_unsubscribe"))),
                NOT_PERSONAL,
                List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public void export(DataSubject subject, ExportSink sink) {
        for (var message : messages.forRecipient(subject.email())) {
            var fields = new LinkedHashMap<String, Object>();
            fields.put("id", message.id().toString());
            fields.put("kind", message.kind().name());
            fields.put("recipient", message.recipient());
            fields.put("subject", message.subject());
            fields.put("status", message.status().name());
            fields.put("createdAt", message.createdAt().toString());
            putIfPresent(fields, "sentAt", message.sentAt());
            fields.put("text", message.text());
            fields.put("html", message.html());
            sink.record(HOLDER, "email", Map.copyOf(fields));
        }
    }

    /** Deletes every message to the person, in either mode: no law requires keeping them. */
    @Override
    @Transactional
    public ErasureReport erase(DataSubject subject, ErasureMode mode) {
        var deleted = messages.deleteForRecipient(subject.email());
        if (deleted == 0) {
            return ErasureReport.nothingHeld(HOLDER);
        }
        return new ErasureReport(
                HOLDER, List.of(EMAIL_SENT + ": " + deleted + (deleted == 1 ? " email" : " emails")), List.of());
    }

    private static void putIfPresent(Map<String, Object> fields, String name, @Nullable Instant value) {
        if (value != null) {
            fields.put(name, value.toString());
        }
    }

    static String describe(Period period) {
        var parts = new java.util.ArrayList<String>();
        if (period.getYears() > 0) {
            parts.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
        }
        if (period.getMonths() > 0) {
            parts.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
        }
        if (period.getDays() > 0 || parts.isEmpty()) {
            parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
        }
        return String.join(" ", parts);
    }
}
