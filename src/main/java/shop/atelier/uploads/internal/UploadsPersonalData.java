package shop.atelier.uploads.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
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
 */
@Component
class UploadsPersonalData implements PersonalDataHolder {

    static final String HOLDER = "uploads";
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
                    "upload_scopes.scope_kind",
                    "upload_scopes.scope_id",
                    "upload_scopes.wrapped_keyset",
                    "upload_scopes.owner_email",
                    "upload_scopes.owner_customer_id",
                    "upload_scopes.created_at",
                    "upload_scopes.destroyed_at")));

    private final JdbcClient jdbc;
    private final UploadsService uploads;

    UploadsPersonalData(JdbcClient jdbc, UploadsService uploads) {
        this.jdbc = jdbc;
        this.uploads = uploads;
    }

    @Override
    public DataInventory inventory() {
        return new DataInventory(HOLDER, CATEGORIES);
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
            }
        }
    }

    /** Destroys the keys of the subject's scopes, in either mode: nothing here must be kept. */
    @Override
    public ErasureReport erase(DataSubject subject, ErasureMode mode) {
        var scopes = scopesOf(subject);
        if (scopes.isEmpty()) {
            return ErasureReport.nothingHeld(HOLDER);
        }
        scopes.forEach(uploads::destroyScope);
        return new ErasureReport(HOLDER, List.of(CATEGORY), List.of());
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
