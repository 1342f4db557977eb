package shop.atelier.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.customers.TestPeople;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ExportSink;

/** The rights module's own tables are in the data map, exported for their person, and minimized on erasure. */
@RightsTest
class RightsPersonalDataTests {

    @Autowired
    RightsPersonalData holder;

    @Autowired
    RightsDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyColumnOfTheRightsTablesIsClassified() {
        var columns = jdbc.sql("SELECT table_name || '.' || column_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND table_name LIKE 'rights\\_%'")
                .query(String.class)
                .list();
        var inventory = holder.inventory();
        var classified = new HashSet<>(inventory.notPersonal());
        inventory.categories().forEach(c -> classified.addAll(c.columns()));

        assertThat(columns).isNotEmpty();
        assertThat(classified).containsAll(columns);
        assertThat(columns).containsAll(classified);
        assertThat(classified).containsAll(inventory.keptOnErasure());
    }

    @Test
    void exportListsThePersonsRequestsAndErasureForgetsTheirAddressButKeepsTheRecord() {
        var email = TestPeople.email("holder");
        desk.logFromEmail(RequestType.CORRECTION, email, "my phone is wrong", "officer");
        var id = desk.ofPerson(email).getFirst().id();
        desk.refuse(id, "not verified", "officer");
        desk.logFromEmail(RequestType.ACCESS, email, "please", "officer");

        var records = new ArrayList<Map<String, ?>>();
        holder.export(DataSubject.guest(email), new ExportSink() {
            @Override
            public void record(String h, String kind, Map<String, ?> fields) {
                records.add(fields);
            }

            @Override
            public void file(String h, String name, String contentType, java.io.InputStream content) {}
        });
        assertThat(records)
                .hasSize(2)
                .anySatisfy(r -> assertThat(r.get("details")).isEqualTo("please"));

        var report = holder.erase(DataSubject.guest(email), ErasureMode.KEEP_LEGAL_MINIMUM);

        assertThat(report.kept()).extracting(k -> k.category()).contains("record.rights_requests", "request.contact");
        var left = jdbc.sql("SELECT count(*) FROM rights_requests WHERE email_hash = ? AND email IS NOT NULL")
                .param(EmailHash.of(email))
                .query(Long.class)
                .single();
        assertThat(left).as("only the open request still names the person").isEqualTo(1);
        assertThat(List.of(desk.ofPerson(email).size())).containsExactly(2);
    }
}
