package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadOwner;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/** A person's uploads can be listed in the data map, handed over in clear, and crypto-shredded. */
@SpringBootTest(
        properties = {
            "atelier.uploads.store.local.directory=target/uploads-tests/files",
            "atelier.uploads.generated-master-key-file=target/uploads-tests/master-key.json",
            "atelier.uploads.limits.photo=2MB",
            "atelier.uploads.limits.video=3MB"
        })
class UploadsPersonalDataTests {

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    Uploads uploads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedLinks links;

    PersonalDataHolder holder() {
        return holders.stream()
                .filter(h -> h.inventory().holder().equals("uploads"))
                .findFirst()
                .orElseThrow();
    }

    static String uniqueEmail() {
        return "uploader-" + UUID.randomUUID() + "@example.com";
    }

    record ExportedFile(String name, String contentType, byte[] content) {}

    static class CollectingSink implements ExportSink {
        final List<Map<String, ?>> records = new ArrayList<>();
        final Map<String, List<Map<String, ?>>> byKind = new java.util.TreeMap<>();
        final List<ExportedFile> files = new ArrayList<>();

        @Override
        public void record(String holder, String kind, Map<String, ?> fields) {
            assertThat(holder).isEqualTo("uploads");
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(fields);
            if (kind.equals("material")) {
                records.add(fields);
            }
        }

        @Override
        public void file(String holder, String name, String contentType, InputStream content) {
            try {
                files.add(new ExportedFile(name, contentType, content.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The link key is the shop's secret, not anybody's data, so it is the one table not in the map. */
    @Test
    void inventoryClassifiesEveryColumnOfTheModulesTables() {
        var inventory = holder().inventory();
        var category = inventory.categories().getFirst();
        assertThat(category.id()).isEqualTo("content.customer_material");
        assertThat(category.legalBasis()).isEqualTo(LegalBasis.CONTRACT);
        assertThat(category.recipients()).contains("The workshop making the item");
        var declared = inventory.categories().stream()
                .flatMap(c -> c.columns().stream())
                .toList();
        var live = jdbc.sql("""
                        select table_name || '.' || column_name from information_schema.columns
                        where table_schema = current_schema() and table_name like 'upload%'
                          and table_name <> 'upload_link_keys'""").query(String.class).list();
        assertThat(declared).containsExactlyInAnyOrderElementsOf(live);
    }

    @Test
    void exportsThePersonsOwnFilesInClearAndNobodyElses() {
        var email = uniqueEmail();
        var customer = UUID.randomUUID();
        var cart = UploadScope.cart(UUID.randomUUID());
        var order = UploadScope.order(UUID.randomUUID());
        var poem = TestFiles.text(3000);
        uploads.store(cart, MaterialKind.TEXT, "poem.txt", new ByteArrayInputStream(poem));
        uploads.assignOwner(cart, new UploadOwner(email, null));
        uploads.assignOwner(order, new UploadOwner("Someone.Else." + email, customer));
        uploads.store(order, MaterialKind.PHOTO, "dog.png", new ByteArrayInputStream(TestFiles.png(40, 30)));
        var stranger = UploadScope.cart(UUID.randomUUID());
        uploads.assignOwner(stranger, new UploadOwner(uniqueEmail(), null));
        uploads.store(stranger, MaterialKind.TEXT, "secret.txt", new ByteArrayInputStream(TestFiles.text(10)));

        var byEmail = new CollectingSink();
        holder().export(DataSubject.guest(email.toUpperCase()), byEmail);
        assertThat(byEmail.records).singleElement().satisfies(fields -> {
            assertThat(fields.get("name")).isEqualTo("poem.txt");
            assertThat(fields.get("contentType")).isEqualTo("text/plain");
        });
        assertThat(byEmail.files).singleElement().satisfies(file -> {
            assertThat(file.content()).isEqualTo(poem);
            assertThat(file.name()).endsWith("poem.txt");
        });

        var byAccount = new CollectingSink();
        holder().export(new DataSubject(customer, uniqueEmail()), byAccount);
        assertThat(byAccount.files)
                .singleElement()
                .satisfies(file -> assertThat(file.contentType()).isEqualTo("image/png"));
    }

    @Test
    void erasureDestroysThePersonsKeysAndFiles() {
        var email = uniqueEmail();
        var order = UploadScope.order(UUID.randomUUID());
        uploads.assignOwner(order, new UploadOwner(email, null));
        var material =
                uploads.store(order, MaterialKind.TEXT, "poem.txt", new ByteArrayInputStream(TestFiles.text(500)));
        var kept = UploadScope.cart(UUID.randomUUID());
        uploads.assignOwner(kept, new UploadOwner(uniqueEmail(), null));
        var other = uploads.store(kept, MaterialKind.TEXT, "other.txt", new ByteArrayInputStream(TestFiles.text(500)));

        var report = holder().erase(DataSubject.guest(email), ErasureMode.KEEP_LEGAL_MINIMUM);

        assertThat(report.erased()).containsExactly("content.customer_material");
        assertThat(report.kept()).isEmpty();
        assertThat(uploads.find(material.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from upload_scopes where owner_email = :email")
                        .param("email", email)
                        .query(Integer.class)
                        .single())
                .isZero();
        var after = new CollectingSink();
        holder().export(DataSubject.guest(email), after);
        assertThat(after.records).isEmpty();
        assertThat(after.files).isEmpty();
        assertThat(holder().erase(DataSubject.guest(email), ErasureMode.ERASE_ALL)
                        .erased())
                .isEmpty();
        assertThat(uploads.find(other.id())).isPresent();
    }

    /** Opens a link as the given principal, as the link controller does. */
    void read(String link, String principal) throws IOException {
        try (var served =
                links.open(link.substring("/files/".length()), principal).content()) {
            served.readAllBytes();
        }
    }

    @Test
    void exportHandsOverConsentHistoryAndWhoOpenedTheUploadsWithoutNamingStaff() throws IOException {
        var email = uniqueEmail();
        var customer = UUID.randomUUID();
        var order = UploadScope.order(UUID.randomUUID());
        uploads.assignOwner(order, new UploadOwner(email, customer));
        var photo =
                uploads.store(order, MaterialKind.PHOTO, "dog.png", new ByteArrayInputStream(TestFiles.png(40, 30)));
        uploads.recordMarketingConsent(photo.id(), true, "upload-form");
        uploads.recordMarketingConsent(photo.id(), false, "order-page");
        read(
                uploads.link(
                        photo.id(),
                        Rendition.CONTENT,
                        new Viewer("CUSTOMER", customer.toString(), email, "order-page")),
                email);
        read(
                uploads.link(
                        photo.id(),
                        Rendition.THUMBNAIL,
                        new Viewer("STAFF", "maria@atelier.example", "maria@atelier.example", "proof-review")),
                "maria@atelier.example");

        var sink = new CollectingSink();
        holder().export(new DataSubject(customer, email), sink);

        assertThat(sink.byKind.get("marketing-consent"))
                .extracting(fields -> fields.get("allowed"), fields -> fields.get("method"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, "upload-form"),
                        org.assertj.core.groups.Tuple.tuple(false, "order-page"));
        assertThat(sink.byKind.get("material-access"))
                .extracting(
                        fields -> fields.get("role"), fields -> fields.get("purpose"), fields -> fields.get("byYou"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CUSTOMER", "order-page", true),
                        org.assertj.core.groups.Tuple.tuple("STAFF", "proof-review", false));
        assertThat(sink.byKind.toString()).doesNotContain("maria");
    }

    @Test
    void erasureDeletesConsentsAndKeepsTheAccessLogWithoutThePerson() throws IOException {
        var email = uniqueEmail();
        var customer = UUID.randomUUID();
        var order = UploadScope.order(UUID.randomUUID());
        uploads.assignOwner(order, new UploadOwner(email, customer));
        var photo =
                uploads.store(order, MaterialKind.PHOTO, "dog.png", new ByteArrayInputStream(TestFiles.png(40, 30)));
        uploads.recordMarketingConsent(photo.id(), true, "upload-form");
        read(
                uploads.link(
                        photo.id(),
                        Rendition.CONTENT,
                        new Viewer("CUSTOMER", customer.toString(), email, "order-page")),
                email);
        read(
                uploads.link(photo.id(), Rendition.CONTENT, new Viewer("WORKSHOP", "workshop-7", null, "production")),
                "craftsman@workshop.example");

        var report = holder().erase(new DataSubject(customer, email), ErasureMode.KEEP_LEGAL_MINIMUM);

        assertThat(report.erased()).containsExactly(UploadsPersonalData.CATEGORY, UploadsPersonalData.CONSENT_CATEGORY);
        assertThat(report.kept()).singleElement().satisfies(kept -> {
            assertThat(kept.category()).isEqualTo(UploadsPersonalData.ACCESS_CATEGORY);
            assertThat(kept.reason()).contains("security audit");
            assertThat(kept.until()).isNotNull();
        });
        assertThat(jdbc.sql("select count(*) from upload_marketing_consents where material_id = :id")
                        .param("id", photo.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
        var log = jdbc.sql("""
                        select viewer_role, viewer_subject, principal from upload_access_log
                        where material_id = :id order by id""")
                .param("id", photo.id().value())
                .query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        assertThat(log)
                .containsExactly(
                        java.util.Arrays.asList("CUSTOMER", null, null),
                        java.util.Arrays.asList("WORKSHOP", "workshop-7", "craftsman@workshop.example"));
        assertThat(log.toString()).doesNotContain(email).doesNotContain(customer.toString());
    }
}
