package shop.atelier.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.customers.CustomersIntegrationTest;
import shop.atelier.customers.PostalAddress;
import shop.atelier.customers.TestPeople;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;

/** The privacy SPI: what the module declares, exports and erases about one person. */
@CustomersIntegrationTest
class CustomerPersonalDataTests {

    static final List<String> TABLES = List.of("accounts", "account_addresses", "account_password_resets");

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    AccountManagement accounts;

    @Autowired
    PasswordResets resets;

    @Autowired
    JdbcClient jdbc;

    PersonalDataHolder customersHolder() {
        return holders.stream()
                .filter(holder -> holder.inventory().holder().equals("customers"))
                .findFirst()
                .orElseThrow();
    }

    static class CollectingSink implements ExportSink {
        final List<Map<String, Object>> accounts = new ArrayList<>();
        final List<Map<String, Object>> addresses = new ArrayList<>();

        @Override
        public void record(String holder, String kind, Map<String, ?> fields) {
            assertThat(holder).isEqualTo("customers");
            (kind.equals("account") ? accounts : addresses).add(new LinkedHashMap<>(fields));
        }

        @Override
        public void file(String holder, String name, String contentType, InputStream content) {
            throw new AssertionError("customers holds no files");
        }
    }

    /** Every text value of the module's tables, to look for a person's distinctive values. */
    List<String> everyValueInTheModulesTables() {
        var values = new ArrayList<String>();
        for (var table : TABLES) {
            values.addAll(jdbc.sql("SELECT t::text FROM " + table + " t")
                    .query(String.class)
                    .list());
        }
        return values;
    }

    @Test
    void inventoryClassifiesEveryColumnOfTheModulesTables() {
        var inventory = customersHolder().inventory();
        assertThat(inventory.categories())
                .extracting(category -> category.id())
                .contains("contact.name", "contact.email", "contact.phone", "contact.address", "account.credentials");
        inventory.categories().forEach(category -> {
            assertThat(category.legalBasis()).isEqualTo(LegalBasis.CONTRACT);
            assertThat(category.purpose()).isNotBlank();
            if (category.id().equals("account.session")) {
                assertThat(category.retention()).contains("8 hours after your last visit");
            } else {
                assertThat(category.retention()).containsIgnoringCase("until the account is deleted");
            }
        });
        var classified = new HashSet<String>();
        inventory.categories().forEach(category -> classified.addAll(category.columns()));

        var live = jdbc.sql("SELECT table_name || '.' || column_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND table_name IN (:tables)"
                        + " AND column_name <> 'version'")
                .param("tables", TABLES)
                .query(String.class)
                .list();
        assertThat(live).isNotEmpty();
        assertThat(classified).containsAll(live);
        assertThat(live)
                .containsAll(classified.stream()
                        .filter(column -> TABLES.contains(column.substring(0, column.indexOf('.'))))
                        .toList());
    }

    @Test
    void exportHasTheAccountAndEveryAddressButNeverThePasswordHash() {
        var email = TestPeople.email("wanda");
        var profile = accounts.register("Wanda Export", email, "+49 89 555 0101", TestPeople.PASSWORD);
        accounts.addAddress(
                email, new PostalAddress("Wanda Export", "Exportweg 12", "Hinterhaus", "80331", "München", "DE", null));
        accounts.addAddress(
                email, new PostalAddress("Wanda's Mum", "Rue du Test 3", null, "1000", "Bruxelles", "BE", "+32 2 555"));
        var hash = jdbc.sql("SELECT password_hash FROM accounts WHERE id = ?")
                .param(profile.id().value())
                .query(String.class)
                .single();

        var sink = new CollectingSink();
        customersHolder().export(new DataSubject(profile.id().value(), email), sink);

        assertThat(sink.accounts).hasSize(1);
        var account = sink.accounts.getFirst();
        assertThat(account)
                .containsEntry("name", "Wanda Export")
                .containsEntry("email", email.toLowerCase())
                .containsEntry("phone", "+49 89 555 0101")
                .containsEntry("password", "set");
        assertThat(account.values()).noneMatch(value -> hash.equals(value));
        assertThat(account.toString()).doesNotContain(hash).doesNotContain(TestPeople.PASSWORD);
        assertThat(sink.addresses)
                .extracting(fields -> fields.get("line1"))
                .containsExactly("Exportweg 12", "Rue du Test 3");
        assertThat(sink.addresses.getFirst()).containsEntry("default", true).containsEntry("city", "München");

        var byEmailOnly = new CollectingSink();
        customersHolder().export(DataSubject.guest(email.toUpperCase()), byEmailOnly);
        assertThat(byEmailOnly.accounts).hasSize(1);
        assertThat(byEmailOnly.addresses).hasSize(2);
    }

    @Test
    void eraseRemovesEveryTraceOfACustomer() {
        var email = TestPeople.email("xaver");
        var distinctiveName = TestPeople.unique("Xaver Erasable");
        var distinctivePhone = "+49 40 " + (1_000_000 + (int) (Math.random() * 8_000_000));
        var distinctiveStreet = TestPeople.unique("Löschgasse");
        var profile = accounts.register(distinctiveName, email, distinctivePhone, TestPeople.PASSWORD);
        accounts.addAddress(
                email,
                new PostalAddress(
                        distinctiveName, distinctiveStreet, null, "20095", "Hamburg", "DE", distinctivePhone));
        resets.request(email);
        assertThat(everyValueInTheModulesTables()).anyMatch(row -> row.contains(distinctiveStreet));

        var report =
                customersHolder().erase(new DataSubject(profile.id().value(), email), ErasureMode.KEEP_LEGAL_MINIMUM);

        assertThat(report.holder()).isEqualTo("customers");
        assertThat(report.erased()).contains("contact.name", "contact.email", "contact.address", "account.credentials");
        assertThat(report.kept()).isEmpty();
        var id = profile.id().value().toString();
        assertThat(everyValueInTheModulesTables())
                .noneMatch(row -> row.contains(email.toLowerCase())
                        || row.contains(distinctiveName)
                        || row.contains(distinctivePhone)
                        || row.contains(distinctiveStreet)
                        || row.contains(id));

        var sink = new CollectingSink();
        customersHolder().export(DataSubject.guest(email), sink);
        assertThat(sink.accounts).isEmpty();
        assertThat(customersHolder()
                        .erase(DataSubject.guest(email), ErasureMode.ERASE_ALL)
                        .erased())
                .as("nothing left the second time")
                .isEmpty();
    }

    @Test
    void staffAccountsAreKeptWithAReason() {
        var report = customersHolder().erase(DataSubject.guest("staff@atelier.example"), ErasureMode.ERASE_ALL);
        assertThat(report.erased()).isEmpty();
        assertThat(report.kept())
                .singleElement()
                .satisfies(kept -> assertThat(kept.reason()).contains("staff"));
        assertThat(jdbc.sql("SELECT count(*) FROM accounts WHERE email = 'staff@atelier.example'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void unknownPersonHasNothingHeld() {
        var report = customersHolder().erase(DataSubject.guest(TestPeople.email("nobody")), ErasureMode.ERASE_ALL);
        assertThat(report.erased()).isEmpty();
        assertThat(report.kept()).isEmpty();
        var sink = new CollectingSink();
        customersHolder().export(DataSubject.guest(TestPeople.email("nobody")), sink);
        assertThat(sink.accounts).isEmpty();
    }
}
