package shop.atelier.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.Notifications;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;

/** The record of emails sent to a person can be listed, exported and erased. */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxPersonalDataTests {

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    PersonalDataHolder holder() {
        return holders.stream()
                .filter(h -> h.inventory().holder().equals("notifications"))
                .findFirst()
                .orElseThrow();
    }

    UUID mailTo(String to) {
        return notifications.enqueue(Email.transactional(
                to, "mail.test-message.subject", "mail/notifications/test-message", Map.of(), "Atelier"));
    }

    record Exported(String holder, String kind, Map<String, ?> fields) {}

    static class CollectingSink implements ExportSink {
        final List<Exported> records = new ArrayList<>();

        @Override
        public void record(String holder, String kind, Map<String, ?> fields) {
            records.add(new Exported(holder, kind, fields));
        }

        @Override
        public void file(String holder, String name, String contentType, InputStream content) {
            throw new AssertionError("the outbox holds no files");
        }
    }

    @Test
    void inventoryClassifiesEveryPersonalColumnOfTheOutbox() {
        var inventory = holder().inventory();

        assertThat(inventory.categories()).singleElement().satisfies(category -> {
            assertThat(category.id()).isEqualTo("communication.email_sent");
            assertThat(category.legalBasis()).isEqualTo(LegalBasis.LEGITIMATE_INTEREST);
            assertThat(category.retention()).contains("2 years");
            assertThat(category.columns())
                    .contains(
                            "outbox_messages.recipient",
                            "outbox_messages.subject",
                            "outbox_messages.html_body",
                            "outbox_messages.text_body");
            var existing = jdbc.sql("select table_name || '.' || column_name from information_schema.columns "
                            + "where table_schema = current_schema() and table_name = 'outbox_messages'")
                    .query(String.class)
                    .list();
            assertThat(existing).containsAll(category.columns());
        });
    }

    @Test
    void exportsEveryMessageToThePerson() {
        var person = "Export-" + UUID.randomUUID() + "@Example.com";
        var first = mailTo(person);
        var second = mailTo(person);
        mailTo("someone-else-" + UUID.randomUUID() + "@example.com");
        var sink = new CollectingSink();

        holder().export(DataSubject.guest(person), sink);

        assertThat(sink.records).hasSize(2).allSatisfy(exported -> {
            assertThat(exported.holder()).isEqualTo("notifications");
            assertThat(exported.kind()).isEqualTo("email");
            assertThat(exported.fields().get("recipient")).isEqualTo(person);
            assertThat((String) exported.fields().get("text")).contains("test message");
        });
        assertThat(sink.records)
                .extracting(exported -> (Object) exported.fields().get("id"))
                .containsExactlyInAnyOrder(first.toString(), second.toString());
    }

    @Test
    void erasesEveryMessageToThePersonAndReportsIt() {
        var person = "erase-" + UUID.randomUUID() + "@example.com";
        var other = "keep-" + UUID.randomUUID() + "@example.com";
        mailTo(person);
        mailTo(person);
        var kept = mailTo(other);

        var report = holder().erase(DataSubject.guest(person), ErasureMode.KEEP_LEGAL_MINIMUM);

        assertThat(report.holder()).isEqualTo("notifications");
        assertThat(report.erased()).singleElement().asString().contains("communication.email_sent");
        assertThat(report.kept()).isEmpty();
        var sink = new CollectingSink();
        holder().export(DataSubject.guest(person), sink);
        assertThat(sink.records).isEmpty();
        assertThat(jdbc.sql("select count(*) from outbox_messages where id = :id")
                        .param("id", kept)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(holder().erase(DataSubject.guest(person), ErasureMode.ERASE_ALL)
                        .erased())
                .isEmpty();
    }
}
