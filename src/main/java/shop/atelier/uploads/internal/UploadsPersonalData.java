package shop.atelier.uploads.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shop.atelier.platform.Roles;
import shop.atelier.privacy.spi.DataCategory;
import shop.atelier.privacy.spi.DataInventory;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ErasureReport;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;
import shop.atelier.uploads.UploadScope;

/**
 * The uploads module's entry in the data map. A person's materials are those of the scopes (carts,
 * orders) whose owner is their email address or account; export hands over the files in clear,
 * erasure crypto-shreds those scopes. No law makes the shop keep a customer's photos.
 *
 * <p>Erases last ({@code @Order(800)}): destroying a scope deletes its files at once, outside the
 * database transaction, so every other holder has done its part by then.
 */
@Component
@Order(800)
class UploadsPersonalData implements PersonalDataHolder {

    static final String HOLDER = "uploads";
    private static final List<String> NOT_PERSONAL =
            List.of("upload_link_keys.name", "upload_link_keys.wrapped_keyset", "upload_link_keys.created_at");
    static final String CATEGORY = "content.customer_material";

    static final List<DataCategory> CATEGORIES = List.of(new DataCategory(
            CATEGORY,
            "The photos, videos and texts you upload to personalize an item (photos without their"
                    + " metadata, such as the GPS position), their file names, sizes and picture dimensions,"
                    + " and the email address or account they belong to.",
            "To make the item you ordered.",
            LegalBasis.CONTRACT,
            List.of("The shop's team", "The workshop making the item"),
            "Through the order and its after-sales period; then the key that encrypts them is destroyed."
                    + " Uploads of a cart that never became an order are deleted with the cart.",
            List.of(
                    "upload_materials.id",
                    "upload_materials.scope_kind",
                    "upload_materials.scope_id",
                    "upload_materials.kind",
                    "upload_materials.content_type",
                    "upload_materials.size_bytes",
                    "upload_materials.label",
                    "upload_materials.width",
                    "upload_materials.height",
                    "upload_materials.created_at",
                    "upload_materials.thumbnail_size",
                    "upload_scopes.scope_kind",
                    "upload_scopes.scope_id",
                    "upload_scopes.wrapped_keyset",
                    "upload_scopes.owner_email",
                    "upload_scopes.owner_customer_id",
                    "upload_scopes.created_at",
                    "upload_scopes.destroyed_at")));

    static final String CONSENT_CATEGORY = "consent.material_marketing";
    static final String ACCESS_CATEGORY = "security.material_access_log";

    static DataCategory consentCategory() {
        return new DataCategory(
                CONSENT_CATEGORY,
                "Whether you allow the shop to show an upload in its gallery and marketing: every choice you"
                        + " made, when, how, and under which version of the privacy policy.",
                "To show your upload only if and as long as you allow it, and to prove that you did.",
                LegalBasis.CONSENT,
                List.of(),
                "As long as the upload itself; deleted with it.",
                List.of(
                        "upload_marketing_consents.id",
                        "upload_marketing_consents.material_id",
                        "upload_marketing_consents.allowed",
                        "upload_marketing_consents.decided_at",
                        "upload_marketing_consents.policy_version",
                        "upload_marketing_consents.method"));
    }

    static DataCategory accessCategory(Duration retention) {
        return new DataCategory(
                ACCESS_CATEGORY,
                "Every time one of your uploads was opened, or someone tried and was refused: which upload,"
                        + " when, in which role and for what purpose, who it was meant for and who was signed in.",
                "To show that only you, the shop's team and the workshop making your item reach your uploads,"
                        + " and to find out when someone tries to reach them without right.",
                LegalBasis.LEGITIMATE_INTEREST,
                List.of(),
                retention.toDays() + " days after the access; then deleted.",
                List.of(
                        "upload_access_log.id",
                        "upload_access_log.material_id",
                        "upload_access_log.scope_kind",
                        "upload_access_log.scope_id",
                        "upload_access_log.rendition",
                        "upload_access_log.viewer_role",
                        "upload_access_log.viewer_subject",
                        "upload_access_log.principal",
                        "upload_access_log.purpose",
                        "upload_access_log.outcome",
                        "upload_access_log.reason",
                        "upload_access_log.token_sha256",
                        "upload_access_log.accessed_at"));
    }

    /** Roles whose viewer is the customer themself, named in the log by customer id or order number. */
    static final List<String> CUSTOMER_ROLES = List.of(Roles.CUSTOMER, "GUEST");

    private final JdbcClient jdbc;
    private final UploadsService uploads;
    private final MarketingConsents consents;
    private final AccessLog accessLog;
    private final UploadsProperties properties;
    private final Clock clock;

    UploadsPersonalData(
            JdbcClient jdbc,
            UploadsService uploads,
            MarketingConsents consents,
            AccessLog accessLog,
            UploadsProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.uploads = uploads;
        this.consents = consents;
        this.accessLog = accessLog;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public DataInventory inventory() {
        var categories = new ArrayList<>(CATEGORIES);
        categories.add(consentCategory());
        categories.add(accessCategory(properties.accessLogRetention()));
        return new DataInventory(HOLDER, categories, NOT_PERSONAL, List.of());
    }

    @Override
    public void export(DataSubject subject, ExportSink sink) {
        for (var scope : scopesOf(subject)) {
            for (var material : uploads.materials(scope)) {
                var fields = new LinkedHashMap<String, Object>();
                fields.put("id", material.id().toString());
                fields.put("for", scope.kind() + " " + scope.id());
                fields.put("kind", material.kind().name());
                fields.put("name", material.label());
                fields.put("contentType", material.contentType());
                fields.put("size", material.size());
                if (material.width() != null && material.height() != null) {
                    fields.put("width", material.width());
                    fields.put("height", material.height());
                }
                fields.put("uploadedAt", material.createdAt().toString());
                sink.record(HOLDER, "material", fields);
                try (var content = uploads.open(material.id())) {
                    sink.file(HOLDER, material.id() + "-" + material.label(), material.contentType(), content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (var consent : consents.history(material.id())) {
                    var choice = new LinkedHashMap<String, Object>();
                    choice.put("material", material.id().toString());
                    choice.put("allowed", consent.allowed());
                    choice.put("decidedAt", String.valueOf(consent.decidedAt()));
                    choice.put("policyVersion", String.valueOf(consent.policyVersion()));
                    choice.put("method", String.valueOf(consent.method()));
                    sink.record(HOLDER, "marketing-consent", choice);
                }
            }
            exportAccessLog(subject, scope, sink);
        }
    }

    /**
     * Who opened the person's uploads: the role and purpose of every access; the names of the shop's
     * staff are theirs, not the customer's, so a read by someone else shows the role only.
     */
    private void exportAccessLog(DataSubject subject, UploadScope scope, ExportSink sink) {
        for (var access : accessLog.of(scope)) {
            var fields = new LinkedHashMap<String, Object>();
            fields.put("material", access.material().toString());
            fields.put("at", access.at().toString());
            fields.put("rendition", access.rendition().name());
            fields.put("role", access.viewerRole());
            fields.put("purpose", access.purpose());
            fields.put("outcome", access.outcome().name());
            if (access.reason() != null) {
                fields.put("reason", access.reason());
            }
            fields.put("byYou", isThePerson(subject, access.principal()));
            sink.record(HOLDER, "material-access", fields);
        }
    }

    private static boolean isThePerson(DataSubject subject, @Nullable String principal) {
        return principal != null && principal.trim().toLowerCase(Locale.ROOT).equals(subject.email());
    }

    /**
     * Destroys the keys of the subject's scopes, in either mode, which deletes their materials and
     * the consents that went with them. The access log is the exception: its entries about the
     * person's uploads record what the shop's team and workshops did with them, which is the audit
     * promise M3 makes, so they are kept until their retention ends, with every trace of the person
     * removed (their sign-in name, their customer id or order number as the viewer); they then name
     * only ids of materials that no longer exist.
     */
    @Override
    public ErasureReport erase(DataSubject subject, ErasureMode mode) {
        var scopes = scopesOf(subject);
        var forgotten = forgetInAccessLog(subject, scopes);
        if (scopes.isEmpty() && forgotten == 0) {
            return ErasureReport.nothingHeld(HOLDER);
        }
        var kept = new ArrayList<ErasureReport.Kept>();
        var othersAccesses = 0;
        var choices = 0;
        for (var scope : scopes) {
            othersAccesses += accessLog.of(scope).size();
            choices += consentsIn(scope);
        }
        scopes.forEach(uploads::destroyScope);
        var erased = new ArrayList<String>();
        if (!scopes.isEmpty()) {
            erased.add(CATEGORY);
        }
        if (choices > 0) {
            erased.add(CONSENT_CATEGORY);
        }
        if (othersAccesses > 0) {
            kept.add(new ErasureReport.Kept(
                    ACCESS_CATEGORY,
                    "The record of when your uploads were opened, by which role (the shop's team, the workshop) and"
                            + " for what purpose is kept as the security audit we promise for uploads; your name,"
                            + " account and order number were removed from it, and the uploads themselves are"
                            + " deleted.",
                    LocalDate.ofInstant(clock.instant().plus(properties.accessLogRetention()), ZoneOffset.UTC)
                            .plusDays(1)));
        } else if (forgotten > 0) {
            erased.add(ACCESS_CATEGORY);
        }
        return new ErasureReport(HOLDER, erased, kept);
    }

    /** Removes the person's name and ids from the access log; returns how many entries named them. */
    private int forgetInAccessLog(DataSubject subject, List<UploadScope> scopes) {
        var subjects = new ArrayList<String>();
        subjects.add(subject.email());
        if (subject.customerId() != null) {
            subjects.add(subject.customerId().toString());
        }
        var changed = jdbc.sql("""
                        update upload_access_log
                        set principal = case when lower(principal) = :email then null else principal end,
                            viewer_subject = case when viewer_subject in (:subjects) then null else viewer_subject end
                        where lower(principal) = :email or viewer_subject in (:subjects)""")
                .param("email", subject.email())
                .param("subjects", subjects)
                .update();
        for (var scope : scopes) {
            // A guest is named by the order number; a customer by an id the person may have had before.
            // Two statements, by scope and by material, so each reads its index, not the whole log.
            changed += jdbc.sql("""
                            update upload_access_log set viewer_subject = null
                            where scope_kind = :kind and scope_id = :id
                              and viewer_role in (:roles) and viewer_subject is not null""")
                    .param("roles", CUSTOMER_ROLES)
                    .param("kind", scope.kind())
                    .param("id", scope.id())
                    .update();
            changed += jdbc.sql("""
                            update upload_access_log set viewer_subject = null
                            where material_id in (select id from upload_materials
                                                  where scope_kind = :kind and scope_id = :id)
                              and viewer_role in (:roles) and viewer_subject is not null""")
                    .param("roles", CUSTOMER_ROLES)
                    .param("kind", scope.kind())
                    .param("id", scope.id())
                    .update();
        }
        return changed;
    }

    private int consentsIn(UploadScope scope) {
        return jdbc.sql("""
                        select count(*) from upload_marketing_consents
                        where material_id in (select id from upload_materials where scope_kind = :kind and scope_id = :id)""")
                .param("kind", scope.kind())
                .param("id", scope.id())
                .query(Integer.class)
                .single();
    }

    private List<UploadScope> scopesOf(DataSubject subject) {
        var byCustomer = subject.customerId() == null ? "" : " or owner_customer_id = :customer";
        var query = jdbc.sql("select scope_kind, scope_id from upload_scopes where destroyed_at is null"
                        + " and (owner_email = :email" + byCustomer + ") order by created_at")
                .param("email", subject.email());
        if (subject.customerId() != null) {
            query = query.param("customer", subject.customerId());
        }
        return query.query((rs, n) -> new UploadScope(rs.getString(1), rs.getObject(2, UUID.class)))
                .list();
    }
}
