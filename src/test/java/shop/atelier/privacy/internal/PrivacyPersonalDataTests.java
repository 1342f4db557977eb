package shop.atelier.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.privacy.AuditLog;
import shop.atelier.privacy.Disclosure;
import shop.atelier.privacy.Disclosure.RecipientKind;
import shop.atelier.privacy.Disclosures;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;

/** The privacy module's own registers are in the data map, exported for their person, and kept on erasure. */
@PrivacyTest
class PrivacyPersonalDataTests {

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    Disclosures disclosures;

    @Autowired
    AuditLog audit;

    @Autowired
    LegalHoldRegister holds;

    @Autowired
    JdbcClient jdbc;

    PersonalDataHolder holder() {
        return holders.stream()
                .filter(h -> h.inventory().holder().equals("privacy"))
                .findFirst()
                .orElseThrow();
    }

    record Exported(String kind, Map<String, ?> fields) {}

    static class CollectingSink implements ExportSink {
        final List<Exported> records = new ArrayList<>();

        @Override
        public void record(String holder, String kind, Map<String, ?> fields) {
            assertThat(holder).isEqualTo("privacy");
            records.add(new Exported(kind, fields));
        }

        @Override
        public void file(String holder, String name, String contentType, InputStream content) {
            throw new AssertionError("the privacy module holds no files");
        }
    }

    @Test
    void everyDeclaredColumnExistsInTheSchema() {
        var declared = holder().inventory().categories().stream()
                .flatMap(c -> c.columns().stream())
                .toList();
        var live = jdbc.sql("""
                        select table_name || '.' || column_name from information_schema.columns
                        where table_schema = current_schema() and table_name like 'privacy%'""").query(String.class).list();
        assertThat(live).containsAll(declared);
        assertThat(declared)
                .contains(
                        "privacy_disclosures.email",
                        "privacy_disclosures.customer_id",
                        "privacy_audit_log.customer_id",
                        "privacy_audit_log.customer_email",
                        "privacy_legal_holds.email");
    }

    @Test
    void exportsThePersonsDisclosuresAndAccessesWithoutStaffNamesAndNobodyElses() {
        var email = "exported-" + UUID.randomUUID() + "@example.com";
        var customer = UUID.randomUUID();
        disclosures.record(new Disclosure(
                "Parcel Express",
                RecipientKind.CARRIER,
                "deliver order A-7",
                LegalBasis.CONTRACT,
                List.of("contact.name"),
                customer,
                null,
                null,
                Instant.now(),
                "PX-9"));
        audit.record(
                "clerk.jones@atelier.example", "STAFF", null, "open-material", "material:5", customer, email, null);
        disclosures.record(new Disclosure(
                "Other Carrier",
                RecipientKind.CARRIER,
                "deliver",
                LegalBasis.CONTRACT,
                List.of("contact.name"),
                UUID.randomUUID(),
                "someone-else-" + email,
                null,
                Instant.now(),
                null));

        var sink = new CollectingSink();
        holder().export(new DataSubject(customer, email), sink);

        assertThat(sink.records).extracting(Exported::kind).containsExactlyInAnyOrder("disclosure", "access");
        assertThat(sink.records.toString())
                .contains("Parcel Express")
                .contains("STAFF")
                .doesNotContain("clerk.jones")
                .doesNotContain("Other Carrier");
    }

    @Test
    void erasureKeepsTheRegistersAndSaysWhy() {
        var email = "erased-" + UUID.randomUUID() + "@example.com";
        audit.record("clerk@atelier.example", "STAFF", null, "view-order", "order:1", null, email, null);
        holds.place(email, null, null, "litigation", "Ref 9");
        var subject = DataSubject.guest(email);

        var report = holder().erase(subject, ErasureMode.KEEP_LEGAL_MINIMUM);

        assertThat(report.erased()).isEmpty();
        assertThat(report.kept())
                .extracting(k -> k.category())
                .containsExactlyInAnyOrder("record.access_audit", "record.legal_holds");
        assertThat(report.kept()).anySatisfy(k -> assertThat(k.reason()).contains("append-only"));
        assertThat(holder().erase(DataSubject.guest("nobody-" + email), ErasureMode.ERASE_ALL)
                        .kept())
                .isEmpty();
        var sink = new CollectingSink();
        holder().export(subject, sink);
        assertThat(sink.records).extracting(Exported::kind).containsExactly("access");
    }
}
