package shop.atelier.privacy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.privacy.internal.policy.PolicyNotices;
import shop.atelier.privacy.spi.DataCategory;
import shop.atelier.privacy.spi.DataInventory;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ErasureReport;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;

/**
 * The personal data in the privacy module's own registers: the disclosure register, legal holds and
 * the audit log. They are the shop's accountability and security records, so an erasure keeps them
 * and says why; the audit log cannot be changed at all, by design (a hash chain and a trigger).
 * Erasure keeps the disclosure records without the person's email address and account (the order
 * they name is anonymized by the orders module), and the audit log as it is.
 */
@Component
@Order(100)
class PrivacyPersonalData implements PersonalDataHolder {

    /**
     * The append-only audit log names whose data staff and workshops opened; a lifted legal hold is
     * the record that a legal duty paused deletion. Neither can be rewritten for one person.
     */
    private static final List<String> KEPT_ON_ERASURE =
            List.of("privacy_audit_log.customer_id", "privacy_audit_log.customer_email", "privacy_legal_holds.email");

    static final String HOLDER = "privacy";
    private static final List<String> NOT_PERSONAL = List.of(
            "privacy_disclosures.id",
            "privacy_disclosures.recipient",
            "privacy_disclosures.recipient_kind",
            "privacy_disclosures.purpose",
            "privacy_disclosures.legal_basis",
            "privacy_disclosures.categories",
            "privacy_disclosures.at",
            "privacy_disclosures.recorded_at",
            "privacy_legal_holds.id",
            "privacy_legal_holds.placed_at",
            "privacy_legal_holds.lifted_at",
            "privacy_audit_log.sequence",
            "privacy_audit_log.previous_hash",
            "privacy_audit_log.hash",
            "privacy_audit_log.role",
            "privacy_audit_log.workshop",
            "privacy_audit_log.action",
            "privacy_audit_log.resource",
            "privacy_audit_log.at",
            "privacy_cookie_consents.seq",
            "privacy_cookie_consents.policy_version",
            "privacy_cookie_consents.cookie_list_version",
            "privacy_policy_versions.id",
            "privacy_policy_versions.label",
            "privacy_policy_versions.summary",
            "privacy_policy_versions.material",
            "privacy_policy_versions.body",
            "privacy_policy_versions.status",
            "privacy_policy_versions.created_at",
            "privacy_policy_versions.updated_at",
            "privacy_policy_versions.published_at",
            "privacy_policy_versions.version");
    static final String DISCLOSURE_REASON =
            "record of who received your data, kept to account for every handover (accountability, S2-S4)";
    static final String AUDIT_REASON = "security record of staff and workshop access; the audit log is append-only"
            + " and tamper-evident by design, so no entry can be changed or removed";
    static final String HOLD_REASON = "the record of a legal hold that named you: it shows why deletion was paused";
    static final String DISCLOSURE_KEPT_REASON = "the record of which recipient received which categories of data for"
            + " which order, kept to account for every handover (accountability, S2-S4); your email address and"
            + " account were removed from it";

    private final DisclosureRegister disclosures;
    private final AuditChain audit;
    private final JdbcClient jdbc;
    private final PolicyNotices policyNotices;

    PrivacyPersonalData(
            DisclosureRegister disclosures, AuditChain audit, JdbcClient jdbc, PolicyNotices policyNotices) {
        this.disclosures = disclosures;
        this.audit = audit;
        this.jdbc = jdbc;
        this.policyNotices = policyNotices;
    }

    @Override
    public DataInventory inventory() {
        return new DataInventory(
                HOLDER,
                List.of(
                        new DataCategory(
                                "record.disclosures",
                                "Who received which of your data, when, why and on which legal basis",
                                "Account for every handover of personal data to workshops, carriers, the payment"
                                        + " provider and authorities",
                                LegalBasis.LEGAL_OBLIGATION,
                                List.of(),
                                "Kept as long as the data it describes is kept, at least the order retention period",
                                List.of(
                                        "privacy_disclosures.customer_id",
                                        "privacy_disclosures.email",
                                        "privacy_disclosures.order_id",
                                        "privacy_disclosures.order_number",
                                        "privacy_disclosures.reference",
                                        "privacy_disclosures.approved_by",
                                        "privacy_disclosures.recorded_by")),
                        new DataCategory(
                                "record.legal_holds",
                                "Legal holds naming a person or an order",
                                "Stop the deletion of data the law requires the shop to keep",
                                LegalBasis.LEGAL_OBLIGATION,
                                List.of(),
                                "Kept while the hold stands and afterwards as the record that it stood",
                                List.of(
                                        "privacy_legal_holds.email",
                                        "privacy_legal_holds.order_id",
                                        "privacy_legal_holds.order_number",
                                        "privacy_legal_holds.reason",
                                        "privacy_legal_holds.reference",
                                        "privacy_legal_holds.lift_reason",
                                        "privacy_legal_holds.placed_by",
                                        "privacy_legal_holds.lifted_by")),
                        new DataCategory(
                                "record.access_audit",
                                "Which staff member or workshop opened your photos and order data, and when",
                                "Security: restrict and prove access to personal data",
                                LegalBasis.LEGITIMATE_INTEREST,
                                List.of(),
                                "Append-only and tamper-evident: never changed or removed",
                                List.of(
                                        "privacy_audit_log.actor",
                                        "privacy_audit_log.customer_id",
                                        "privacy_audit_log.customer_email",
                                        "privacy_audit_log.order_id")),
                        new DataCategory(
                                "consent.cookie_choice",
                                "Your cookie choices (which optional categories you allowed, how and when) under a"
                                        + " random id kept only in your browser's ATELIER_CONSENT cookie; nothing"
                                        + " links it to your name, email address or account",
                                "Prove which cookie choice was made and under which policy and cookie list",
                                LegalBasis.LEGAL_OBLIGATION,
                                List.of(),
                                "2 years after the choice, then deleted; a newer choice adds a row",
                                List.of(
                                        "privacy_cookie_consents.consent_id",
                                        "privacy_cookie_consents.preferences",
                                        "privacy_cookie_consents.analytics",
                                        "privacy_cookie_consents.personalization",
                                        "privacy_cookie_consents.method",
                                        "privacy_cookie_consents.gpc",
                                        "privacy_cookie_consents.recorded_at")),
                        new DataCategory(
                                "consent.policy_notice",
                                "That you read the notice of an important change to this policy: which version and"
                                        + " when, under a one-way fingerprint of the email address you sign in with",
                                "Show the notice of an important policy change once to each signed-in customer,"
                                        + " until they dismiss it",
                                LegalBasis.LEGITIMATE_INTEREST,
                                List.of(),
                                "Replaced when you dismiss the notice of a later change; deleted with your account",
                                List.of(
                                        "privacy_policy_acknowledgments.principal_hash",
                                        "privacy_policy_acknowledgments.version",
                                        "privacy_policy_acknowledgments.acknowledged_at"))),
                NOT_PERSONAL,
                KEPT_ON_ERASURE);
    }

    /**
     * The person's disclosures (without internal references) and the accesses to their data (role and
     * workshop, never a staff member's name). Legal holds are not exported: one may concern an
     * investigation the person must not be told of.
     */
    @Override
    @Transactional(readOnly = true)
    public void export(DataSubject subject, ExportSink sink) {
        for (var d : disclosures.about(subject.customerId(), subject.email())) {
            var fields = new LinkedHashMap<String, Object>();
            fields.put("recipient", d.recipient());
            fields.put("recipientKind", d.recipientKind().name());
            fields.put("purpose", d.purpose());
            fields.put("legalBasis", d.legalBasis().name());
            fields.put("categories", d.categories());
            fields.put("at", d.at().toString());
            if (d.orderId() != null) {
                fields.put("orderId", d.orderId().toString());
            }
            sink.record(HOLDER, "disclosure", fields);
        }
        for (var e : audit.about(subject.customerId(), subject.email())) {
            var fields = new LinkedHashMap<String, Object>();
            fields.put("role", e.role());
            if (e.workshop() != null) {
                fields.put("workshop", e.workshop());
            }
            fields.put("action", e.action());
            fields.put("at", e.at().toString());
            if (e.orderId() != null) {
                fields.put("orderId", e.orderId().toString());
            }
            sink.record(HOLDER, "access", fields);
        }
        policyNotices
                .acknowledged(subject.email())
                .ifPresent(seen -> sink.record(
                        HOLDER,
                        "policy_notice",
                        Map.of(
                                "version",
                                seen.version(),
                                "acknowledgedAt",
                                seen.at().toString())));
    }

    /**
     * Removes the person's email address and account from the disclosure register (a record the
     * person made themself, e.g. paying at checkout, no longer names them either); keeps the audit
     * log, which cannot be changed, and the record of lifted legal holds. A standing hold never gets
     * here: it blocks the whole erasure.
     */
    @Override
    @Transactional
    public ErasureReport erase(DataSubject subject, ErasureMode mode) {
        var erased = new ArrayList<String>();
        var kept = new ArrayList<ErasureReport.Kept>();
        var forgotten = jdbc.sql("""
                        update privacy_disclosures set email = null, customer_id = null,
                            recorded_by = case when lower(recorded_by) = :email then 'customer' else recorded_by end,
                            approved_by = case when lower(approved_by) = :email then 'customer' else approved_by end
                        where email = :email or (cast(:customer as uuid) is not null and customer_id = :customer)""")
                .param("email", subject.email())
                .param("customer", subject.customerId())
                .update();
        if (forgotten > 0) {
            erased.add("record.disclosures: your email address and account, from " + forgotten + " records");
            kept.add(new ErasureReport.Kept("record.disclosures", DISCLOSURE_KEPT_REASON, null));
        }
        if (!audit.about(subject.customerId(), subject.email()).isEmpty()) {
            kept.add(new ErasureReport.Kept("record.access_audit", AUDIT_REASON, null));
        }
        if (policyNotices.forget(subject.email()) > 0) {
            erased.add("consent.policy_notice");
        }
        var liftedHolds = jdbc.sql("select count(*) from privacy_legal_holds where email = :email")
                .param("email", subject.email())
                .query(Integer.class)
                .single();
        if (liftedHolds > 0) {
            kept.add(new ErasureReport.Kept("record.legal_holds", HOLD_REASON, null));
        }
        return new ErasureReport(HOLDER, erased, kept);
    }
}
