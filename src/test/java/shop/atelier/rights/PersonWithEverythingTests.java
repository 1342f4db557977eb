package shop.atelier.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import shop.atelier.platform.NotFoundException;
import shop.atelier.privacy.internal.LegalHoldRegister;
import shop.atelier.privacy.spi.PersonalDataHolder;
import shop.atelier.uploads.Uploads;
import tools.jackson.databind.json.JsonMapper;

/**
 * The acceptance test of the rights to access and erasure (promises G1 and G3) for a person with
 * everything the shop holds ({@link PersonWithEverything}), on the whole application and its
 * PostgreSQL schema. The holders are not listed here: every {@link PersonalDataHolder} bean of the
 * application must show up in the archive, and the erasure is checked against every text-like
 * column of every table, so a module that starts holding personal data joins these tests by itself.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atelier.mail.dispatch-interval=PT0.5S")
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PersonWithEverythingTests {

    /** This application's own file store, so the scan sees exactly the files it wrote. */
    static final Path FILES = tempDirectory();

    @DynamicPropertySource
    static void fileStore(DynamicPropertyRegistry registry) {
        registry.add("atelier.uploads.store.type", () -> "local");
        registry.add("atelier.uploads.store.local.directory", FILES::toString);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    PrivacyRights rights;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    Uploads uploads;

    @Autowired
    LegalHoldRegister legalHolds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    URI shop;
    final List<PersonWithEverything.Person> people = new ArrayList<>();
    final List<java.util.UUID> holds = new ArrayList<>();

    @BeforeEach
    void shop() {
        shop = URI.create("http://localhost:" + port);
    }

    /**
     * Nobody is left behind in a database other test classes share: the person's consented photo
     * would show in their gallery, encrypted under this application's master key.
     */
    @AfterEach
    void eraseEveryone() {
        holds.forEach(hold -> legalHolds.lift(hold, "Test over"));
        people.forEach(
                person -> assertThat(rights.erase(person.subject()).blocked()).isFalse());
    }

    PersonWithEverything.Person everything() {
        var person = PersonWithEverything.create(context, mvc, shop);
        people.add(person);
        return person;
    }

    PersonWithEverything.Person simple() {
        var person = PersonWithEverything.simple(context, mvc, shop);
        people.add(person);
        return person;
    }

    @Test
    void theArchiveHoldsEveryMarkerARecordOfEveryHolderAndThePersonsOwnFiles() throws Exception {
        var person = everything();

        var archive = new ByteArrayOutputStream();
        rights.writeArchive(person.subject(), archive);
        var entries = unzip(archive.toByteArray());

        assertThat(entries).containsKey("data.json");
        var text = new String(entries.get("data.json"), StandardCharsets.UTF_8);
        assertThat(text).contains(person.markers().all());
        var data = json.readTree(text);
        for (var holder : holdersWithPersonalData()) {
            assertThat(data.path("holders").path(holder).size())
                    .as(
                            "records from the holder '%s' in data.json (give the person data there in %s)",
                            holder, PersonWithEverything.class.getSimpleName())
                    .isPositive();
        }

        for (var order : person.orders()) {
            assertThat(text)
                    .as("every order of the person, the guest order too")
                    .contains(number(order));
        }

        var files = entries.keySet().stream()
                .filter(name -> name.startsWith("files/"))
                .toList();
        assertThat(files)
                .as("the photo, the letter and the photo in the open cart")
                .hasSizeGreaterThanOrEqualTo(3);
        var photos = files.stream()
                .filter(name -> name.endsWith(".png"))
                .filter(name -> samePixels(
                        PersonWithEverything.read(new ByteArrayInputStream(entries.get(name))), person.photo()))
                .toList();
        assertThat(photos)
                .as("the person's photos, pixel for pixel: the ordered one and the one in the open cart")
                .hasSize(2);
        assertThat(files.stream().map(entries::get).map(bytes -> new String(bytes, StandardCharsets.UTF_8)))
                .as("the letter, in clear")
                .anySatisfy(
                        content -> assertThat(content).contains(person.markers().personalization()));
        for (var file : files) {
            assertThat(text).as("data.json names the file").contains(file);
        }
    }

    @Test
    void erasureLeavesNoMarkerOutsideTheDeclaredLegalKeepsAndNoReadableFile() {
        var person = everything();
        var markers = scanMarkers(person.markers());
        var before = scanDatabase(markers);
        assertThat(before)
                .as("the scan finds the person before the erasure")
                .containsKeys("orders.contact_name", "accounts.email", "proof_rounds.customer_comment");
        assertThat(scanFiles(markers))
                .as("the file store holds nothing in clear, ever")
                .isEmpty();

        var receipt = rights.erase(person.subject());

        assertThat(receipt.blocked()).isFalse();
        assertThat(receipt.reports()).extracting(report -> report.holder()).containsAll(holdersWithPersonalData());
        assertThat(receipt.reports())
                .as("the receipt says what was kept and why")
                .flatExtracting(report -> report.kept())
                .extracting(kept -> kept.category().replaceAll(" \\(.*", ""))
                .contains("purchase.tax-record", "record.access_audit", "record.disclosures", "record.legal_holds");
        assertThat(receipt.reports())
                .flatExtracting(report -> report.kept())
                .allSatisfy(kept -> assertThat(kept.reason()).isNotBlank());
        var left = scanDatabase(markers);
        var kept = keptOnErasure();
        left.keySet().removeAll(kept);
        assertThat(left)
                .as("markers left outside the columns the holders declare kept on erasure %s", kept)
                .isEmpty();
        assertThat(scanFiles(markers)).isEmpty();
        for (var scope : person.scopes()) {
            assertThat(jdbc.sql("select count(*) from upload_scopes where scope_kind = ? and scope_id = ?"
                                    + " and wrapped_keyset is not null")
                            .param(scope.kind())
                            .param(scope.id())
                            .query(Integer.class)
                            .single())
                    .as("the data key of %s is destroyed", scope)
                    .isZero();
        }
        for (var material : person.materials()) {
            assertThatThrownBy(() -> uploads.open(material).close()).isInstanceOf(NotFoundException.class);
        }
        assertThat(rights.erase(person.subject()).reports())
                .as("a second request finds nothing more to erase")
                .allSatisfy(report -> assertThat(report.erased()).isEmpty());
    }

    @Test
    void aLegalHoldOnThePersonOrOneOfTheirOrdersBlocksTheErasureAndNothingChanges() {
        var person = simple();
        var markers = scanMarkers(person.markers());
        var before = scanDatabase(markers);

        var hold = legalHolds.place(person.markers().email(), null, null, "Court order " + person.customerId(), "AZ-1");
        var blocked = rights.erase(person.subject());

        assertThat(blocked.blocked()).isTrue();
        assertThat(blocked.holds()).contains("Court order " + person.customerId());
        assertThat(blocked.reports()).isEmpty();
        assertThat(withoutHolds(scanDatabase(markers))).isEqualTo(before);

        legalHolds.lift(hold, "Case closed");
        var guestOrder = person.orders().getLast();
        holds.add(legalHolds.place(null, guestOrder.value(), null, "Tax audit " + person.customerId(), "AZ-2"));
        var stillBlocked = rights.erase(person.subject());

        assertThat(stillBlocked.blocked()).isTrue();
        assertThat(stillBlocked.holds()).singleElement().asString().contains(guestOrderNumber(person));
        assertThat(withoutHolds(scanDatabase(markers))).isEqualTo(before);
    }

    String guestOrderNumber(PersonWithEverything.Person person) {
        return number(person.orders().getLast());
    }

    String number(shop.atelier.orders.OrderId order) {
        return jdbc.sql("select number from orders where id = ?")
                .param(order.value())
                .query(String.class)
                .single();
    }

    /** The scan without the register of legal holds, which the test itself writes to. */
    static Map<String, Set<String>> withoutHolds(Map<String, Set<String>> found) {
        found.keySet().removeIf(column -> column.startsWith("privacy_legal_holds."));
        return found;
    }

    /** The names of the holders whose inventory names categories of personal data. */
    List<String> holdersWithPersonalData() {
        return holders.stream()
                .map(PersonalDataHolder::inventory)
                .filter(inventory -> !inventory.categories().isEmpty())
                .map(inventory -> inventory.holder())
                .toList();
    }

    Set<String> keptOnErasure() {
        var kept = new TreeSet<String>();
        holders.forEach(holder -> kept.addAll(holder.inventory().keptOnErasure()));
        return kept;
    }

    /** The markers as the scans look for them: as typed, and the phone number's digits alone. */
    static List<String> scanMarkers(PersonWithEverything.Markers markers) {
        var all = new ArrayList<>(markers.all());
        all.add(markers.phone().replaceAll("[^0-9]", "").substring(2));
        return all;
    }

    /**
     * Every text-like column (text, varchar, char, json, jsonb, bytea, arrays) of every table of the
     * schema, read from {@code information_schema}: the columns ({@code table.column}) holding a marker,
     * with the markers found there (case-insensitively; bytea as the UTF-8 bytes in any case).
     */
    Map<String, Set<String>> scanDatabase(List<String> markers) {
        var columns = jdbc.sql("""
                        select c.table_name, c.column_name, c.data_type
                        from information_schema.columns c
                        join information_schema.tables t
                          on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                          and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea',
                                              'ARRAY')
                        order by c.table_name, c.column_name""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        assertThat(columns).hasSizeGreaterThan(50);
        var variants = new ArrayList<String>();
        for (var marker : markers) {
            variants.add(marker);
            variants.add(marker.toLowerCase(Locale.ROOT));
            variants.add(marker.toUpperCase(Locale.ROOT));
        }
        var found = new TreeMap<String, Set<String>>();
        for (var column : columns) {
            var value = "\"" + column[0] + "\".\"" + column[1] + "\"";
            var condition = switch (column[2]) {
                case "bytea" -> "position(convert_to(m, 'UTF8') in " + value + ") > 0";
                case "ARRAY" -> "array_to_string(" + value + ", chr(31)) ilike '%' || m || '%'";
                default -> value + "::text ilike '%' || m || '%'";
            };
            var hits = jdbc.sql(
                            "select distinct lower(m) from unnest(:markers::text[]) m where exists (select 1 from \""
                                    + column[0] + "\" where " + condition + ")")
                    .param("markers", variants.toArray(String[]::new))
                    .query(String.class)
                    .list();
            if (!hits.isEmpty()) {
                found.put(column[0] + "." + column[1], new TreeSet<>(hits));
            }
        }
        return found;
    }

    /** Files of the store holding a marker in clear (as UTF-8, in any case). */
    static List<String> scanFiles(List<String> markers) {
        try (Stream<Path> files = Files.walk(FILES)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        var content = read(file).toLowerCase(Locale.ROOT);
                        return markers.stream().anyMatch(m -> content.contains(m.toLowerCase(Locale.ROOT)));
                    })
                    .map(Path::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static boolean samePixels(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                if ((a.getRGB(x, y) & 0xffffff) != (b.getRGB(x, y) & 0xffffff)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("person-with-everything-files");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
