package shop.atelier.rights.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * The rights module's own records: the person's requests. An erasure forgets the address, the
 * account and the free text of every closed request (an access archive ends with it); what stays is
 * a hash of the address, the request's dates, states and outcome, to prove the request was
 * answered. Requests still open are kept: they are being answered (the erasure request itself).
 */
@Component
class RightsPersonalData implements PersonalDataHolder {

    static final String HOLDER = "rights";
    static final String RECORD_REASON = "proof that your requests were answered and how, as the law asks the shop"
            + " to show (only a one-way hash of your email address stays with it)";
    static final String OPEN_REASON = "a request of yours is still being answered";

    private final RightsRequests requests;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final java.time.Clock clock;

    RightsPersonalData(
            RightsRequests requests, org.springframework.jdbc.core.simple.JdbcClient jdbc, java.time.Clock clock) {
        this.requests = requests;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public DataInventory inventory() {
        return new DataInventory(
                HOLDER,
                List.of(
                        new DataCategory(
                                "request.contact",
                                "Your email address, account and what you wrote, on a request you made to see,"
                                        + " correct or erase your data",
                                "Verify that the request is yours and answer it",
                                LegalBasis.LEGAL_OBLIGATION,
                                List.of(),
                                "Until the request is answered; for an access request until its archive can no"
                                        + " longer be downloaded (7 days)",
                                List.of(
                                        "rights_requests.email",
                                        "rights_requests.customer_id",
                                        "rights_requests.details")),
                        new DataCategory(
                                "record.rights_requests",
                                "A record of each request: a one-way hash of your email address, its dates, every"
                                        + " state change and who made it, the outcome and an erasure's receipt",
                                "Prove that requests were answered within the legal deadline (accountability)",
                                LegalBasis.LEGAL_OBLIGATION,
                                List.of(),
                                "Kept as the record that the request was answered",
                                List.of(
                                        "rights_requests.email_hash",
                                        "rights_requests.identity_method",
                                        "rights_requests.outcome",
                                        "rights_requests.refusal_reason",
                                        "rights_requests.receipt",
                                        "rights_requests.external_reference",
                                        "rights_request_history.actor",
                                        "rights_request_history.note",
                                        "rights_archive_downloads.downloaded_at",
                                        "rights_webhook_deliveries.shop_domain"))),
                List.of(
                        "rights_requests.id",
                        "rights_requests.type",
                        "rights_requests.state",
                        "rights_requests.channel",
                        "rights_requests.received_at",
                        "rights_requests.due_at",
                        "rights_requests.identity_verified_at",
                        "rights_requests.closed_at",
                        "rights_requests.archive_until",
                        "rights_requests.merged_into",
                        "rights_requests.version",
                        "rights_request_history.id",
                        "rights_request_history.request_id",
                        "rights_request_history.at",
                        "rights_request_history.state",
                        "rights_links.token_hash",
                        "rights_links.request_id",
                        "rights_links.purpose",
                        "rights_links.created_at",
                        "rights_links.expires_at",
                        "rights_links.used_at",
                        "rights_archive_downloads.id",
                        "rights_archive_downloads.request_id",
                        "rights_archive_downloads.via",
                        "rights_webhook_deliveries.delivery_key",
                        "rights_webhook_deliveries.topic",
                        "rights_webhook_deliveries.request_id",
                        "rights_webhook_deliveries.received_at"),
                List.of(
                        "rights_requests.email_hash",
                        "rights_requests.identity_method",
                        "rights_requests.outcome",
                        "rights_requests.refusal_reason",
                        "rights_requests.receipt",
                        "rights_requests.external_reference",
                        "rights_request_history.actor",
                        "rights_request_history.note",
                        "rights_archive_downloads.downloaded_at",
                        "rights_webhook_deliveries.shop_domain"));
    }

    @Override
    @Transactional(readOnly = true)
    public void export(DataSubject subject, ExportSink sink) {
        for (var request : requests.ofPerson(EmailHash.of(subject.email()))) {
            var fields = new LinkedHashMap<String, Object>();
            fields.put("id", request.id().toString());
            fields.put("type", request.type().name());
            fields.put("state", request.state().name());
            fields.put("channel", request.channel().name());
            fields.put("receivedAt", request.receivedAt().toString());
            fields.put("dueAt", request.dueAt().toString());
            if (request.details() != null) {
                fields.put("details", request.details());
            }
            if (request.closedAt() != null) {
                fields.put("closedAt", request.closedAt().toString());
            }
            if (request.outcome() != null) {
                fields.put("outcome", request.outcome());
            }
            if (request.refusalReason() != null) {
                fields.put("refusalReason", request.refusalReason());
            }
            fields.put(
                    "history",
                    requests.history(request.id()).stream()
                            .map(h -> {
                                var entry = new LinkedHashMap<String, Object>();
                                entry.put("at", h.at().toString());
                                entry.put("state", h.state().name());
                                if (h.note() != null) {
                                    entry.put("note", h.note());
                                }
                                return entry;
                            })
                            .toList());
            sink.record(HOLDER, "request", fields);
        }
    }

    @Override
    @Transactional
    public ErasureReport erase(DataSubject subject, ErasureMode mode) {
        var mine = requests.ofPerson(EmailHash.of(subject.email()));
        if (mine.isEmpty()) {
            return ErasureReport.nothingHeld(HOLDER);
        }
        var now = clock.instant();
        var erased = new ArrayList<String>();
        var kept = new ArrayList<ErasureReport.Kept>();
        var forgotten = jdbc.sql("UPDATE rights_requests SET email = NULL, customer_id = NULL, details = NULL,"
                        + " archive_until = LEAST(archive_until, ?), version = version + 1"
                        + " WHERE email_hash = ? AND state NOT IN ('RECEIVED', 'IDENTITY_UNVERIFIED', 'IN_PROGRESS')"
                        + " AND (email IS NOT NULL OR customer_id IS NOT NULL OR details IS NOT NULL)")
                .params(java.sql.Timestamp.from(now), EmailHash.of(subject.email()))
                .update();
        if (forgotten > 0) {
            jdbc.sql("UPDATE rights_links SET expires_at = ? WHERE purpose = 'ARCHIVE' AND expires_at > ?"
                            + " AND request_id IN (SELECT id FROM rights_requests WHERE email_hash = ?)")
                    .params(java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), EmailHash.of(subject.email()))
                    .update();
            erased.add("request.contact");
        }
        if (mine.stream().anyMatch(r -> r.state().open())) {
            kept.add(new ErasureReport.Kept("request.contact", OPEN_REASON, null));
        }
        if (mode == ErasureMode.ERASE_ALL) {
            jdbc.sql("DELETE FROM rights_requests WHERE email_hash = ?"
                            + " AND state NOT IN ('RECEIVED', 'IDENTITY_UNVERIFIED', 'IN_PROGRESS')")
                    .param(EmailHash.of(subject.email()))
                    .update();
            erased.add("record.rights_requests");
        } else {
            kept.add(new ErasureReport.Kept("record.rights_requests", RECORD_REASON, null));
        }
        return new ErasureReport(HOLDER, erased, kept);
    }
}
