package shop.atelier.rights;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import shop.atelier.customers.internal.AccountManagement;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.PersonalDataHolder;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadOwner;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/**
 * Measures access (the whole archive, written to a discarding stream) and erasure for a person with
 * 50 orders and 200 MB of uploads, with 10,000 and then 100,000 other customers in PostgreSQL, and a
 * bare baseline in the same run: reading the person's 200 MB of stored files from the disk, and a
 * trivial query. Not part of the build (the name does not end in {@code Tests}, and it runs only with
 * {@code -Datelier.bench=true}): {@code bench/privacy.sh} runs it and keeps the summary in {@code
 * target/bench/privacy/summary.txt}.
 *
 * <p>The other customers are written with {@code generate_series}, each with an address, two orders
 * (line, personalization, history), emails, disclosures, audit entries, proofs, production jobs,
 * shipments, upload scopes and access-log entries, so every holder's lookup runs against tables of
 * that size. The person's uploads go through the uploads module (encrypted like every upload); their
 * other rows are written the same way as the others'. Each erasure gets a fresh person.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "atelier.bench", matches = "true")
class PrivacyBenchmark {

    static final Path OUT = Path.of("target/bench/privacy");
    static final int ORDERS = 50;
    static final int VIDEOS = 10;
    static final int VIDEO_MB = 20;
    static final int RUNS = Integer.getInteger("atelier.bench.runs", 5);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("atelier.uploads.store.type", () -> "local");
        registry.add(
                "atelier.uploads.store.local.directory",
                () -> OUT.resolve("files").toAbsolutePath().toString());
        registry.add("atelier.uploads.limits.video", () -> "100MB");
        registry.add("logging.level.shop.atelier", () -> "WARN");
    }

    @Autowired
    PrivacyRights rights;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Uploads uploads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PersonalDataHolder> holders;

    final byte[] video = video(VIDEO_MB * 1024 * 1024);
    final List<String> report = new ArrayList<>();
    final UUID workshop = UUID.randomUUID();

    @Test
    void exportAndErasureWith10kAnd100kOtherCustomers() throws IOException {
        Files.createDirectories(OUT);
        jdbc.sql("insert into production_workshops (id, name, active, created_at) values (?, ?, true, now())")
                .param(workshop)
                .param("Bench workshop " + workshop)
                .update();
        line("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, JVM " + Runtime.version()
                + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; "
                + jdbc.sql("select version()").query(String.class).single());
        line("person: " + ORDERS + " orders, " + VIDEOS + " uploads of " + VIDEO_MB + " MiB (" + VIDEOS * VIDEO_MB
                + " MiB), " + RUNS + " runs each (after one warm-up), medians");
        warmUp();
        var seeded = seed(0, 10_000);
        var small = measure(seeded);
        seeded = seed(10_000, 100_000);
        var large = measure(seeded);
        line("");
        line(String.format(
                Locale.ROOT,
                "ratio 100k/10k: export %.2f, erasure %.2f (target <= 1.2)",
                large.export / small.export,
                large.erase / small.erase));
        line(String.format(
                Locale.ROOT,
                "export / reading the same files raw: %.2f (10k), %.2f (100k)",
                small.export / small.read,
                large.export / large.read));
        explain();
        Files.write(OUT.resolve("summary.txt"), report, StandardCharsets.UTF_8);
    }

    /** The code paths compiled and the disk settled before anything is measured. */
    private void warmUp() throws IOException {
        var person = person();
        for (int run = 0; run < 3; run++) {
            rights.writeArchive(person, OutputStream.nullOutputStream());
        }
        rights.erase(person);
        line("warm-up: one person exported three times and erased, not counted");
    }

    /** Flushes what the person's uploads left dirty in the page cache, so no run waits for write-back. */
    private static void sync() {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Result(double export, double erase, double read, double query) {}

    Result measure(int others) throws IOException {
        line("");
        line(String.format(Locale.ROOT, "== %,d other customers (%,d orders in all) ==", others, count("orders")));
        var person = person();
        rights.writeArchive(person, OutputStream.nullOutputStream());
        var exports = new ArrayList<Double>();
        var reads = new ArrayList<Double>();
        var queries = new ArrayList<Double>();
        long archiveBytes = 0;
        for (int run = 0; run < RUNS; run++) {
            var counting = new CountingStream();
            exports.add(seconds(() -> rights.writeArchive(person, counting)));
            archiveBytes = counting.count;
            reads.add(seconds(() -> readFilesOf(person)));
            queries.add(seconds(() -> jdbc.sql("select 1").query(Integer.class).single()));
        }
        var erasures = new ArrayList<Double>();
        var warmUp = person();
        rights.erase(warmUp);
        for (int run = 0; run < RUNS; run++) {
            var fresh = person();
            erasures.add(seconds(() -> {
                var receipt = rights.erase(fresh);
                if (receipt.blocked()) {
                    throw new IllegalStateException("blocked");
                }
            }));
        }
        var result = new Result(median(exports), median(erasures), median(reads), median(queries));
        breakdown(person);
        line(String.format(
                Locale.ROOT,
                "export (ZIP of %.0f MiB to a discarding stream): median %.3f s, runs %s (target <= 2 s)",
                archiveBytes / 1048576.0,
                result.export,
                rounded(exports)));
        line(String.format(
                Locale.ROOT,
                "erasure (fresh person each run): median %.3f s, runs %s (target <= 1 s)",
                result.erase,
                rounded(erasures)));
        line(String.format(
                Locale.ROOT,
                "baseline: reading the person's %d stored files (%d MiB, encrypted) from the disk: median %.3f s;"
                        + " select 1: median %.2f ms",
                VIDEOS,
                VIDEOS * VIDEO_MB,
                result.read,
                result.query * 1000));
        return result;
    }

    /** Each holder's share: its export into a discarding sink, and its erasure of a fresh person, in order. */
    private void breakdown(DataSubject person) {
        var sorted = new ArrayList<>(holders);
        AnnotationAwareOrderComparator.sort(sorted);
        var exports = new ArrayList<String>();
        for (var holder : sorted) {
            var times = new ArrayList<Double>();
            for (int run = 0; run < 3; run++) {
                times.add(seconds(() -> holder.export(person, new DiscardingSink())));
            }
            exports.add(
                    String.format(Locale.ROOT, "%s %.0f ms", holder.inventory().holder(), median(times) * 1000));
        }
        line("  export by holder: " + String.join(", ", exports));
        var fresh = person();
        var erasures = new ArrayList<String>();
        for (var holder : sorted) {
            var time = seconds(() -> holder.erase(fresh, ErasureMode.KEEP_LEGAL_MINIMUM));
            erasures.add(
                    String.format(Locale.ROOT, "%s %.0f ms", holder.inventory().holder(), time * 1000));
        }
        line("  erasure by holder (one fresh person): " + String.join(", ", erasures));
    }

    /** Reads every file to its end and forgets everything. */
    static final class DiscardingSink implements ExportSink {

        @Override
        public void record(String holder, String kind, java.util.Map<String, ?> fields) {}

        @Override
        public void file(String holder, String name, String contentType, java.io.InputStream content) {
            try (content) {
                content.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // the person

    private DataSubject person() {
        var id = UUID.randomUUID().toString().replace("-", "");
        var email = "bench-" + id + "@example.com";
        var customer = accounts.register("Bench Person " + id.substring(0, 8), email, "+49 30 1234", "Bench-pass-" + id)
                .id()
                .value();
        jdbc.sql("""
                        insert into account_addresses (id, account_id, name, line1, postal_code, city, country,
                            is_default, created_at, version)
                        values (gen_random_uuid(), :customer, 'Bench Person', 'Bench Street 1', '10115', 'Berlin', 'DE',
                            true, now(), 0)""").param("customer", customer).update();
        var orderIds = new ArrayList<UUID>();
        for (int i = 0; i < ORDERS; i++) {
            orderIds.add(UUID.randomUUID());
        }
        // One in five orders placed as a guest, under the same address in capitals.
        jdbc.sql(ORDER_ROWS.formatted("""
                        select o.id, 'P-' || left(:tag, 10) || '-' || o.n, case when o.n % 5 = 0 then null
                               else cast(:customer as uuid) end,
                               case when o.n % 5 = 0 then upper(:email) else :email end, 'Bench Person'
                        from unnest(cast(:ids as uuid[])) with ordinality as o(id, n)"""))
                .param("tag", id)
                .param("customer", customer)
                .param("email", email)
                .param("ids", orderIds.toArray(UUID[]::new))
                .update();
        jdbc.sql(ORDER_DETAILS.formatted("where o.id = any(cast(:ids as uuid[]))"))
                .param("ids", orderIds.toArray(UUID[]::new))
                .param("workshop", workshop)
                .update();
        for (var statement : ORDER_RELATED) {
            jdbc.sql(statement.formatted("where o.id = any(cast(:ids as uuid[]))"))
                    .param("ids", orderIds.toArray(UUID[]::new))
                    .param("workshop", workshop)
                    .update();
        }
        jdbc.sql(
                        "insert into carts (id, customer_id, created_at, updated_at) values (gen_random_uuid(), ?, now(), now())")
                .param(customer)
                .update();
        for (int i = 0; i < VIDEOS; i++) {
            var scope = UploadScope.order(orderIds.get(i));
            uploads.store(scope, MaterialKind.VIDEO, "clip-" + i + ".mp4", new ByteArrayInputStream(video));
            uploads.assignOwner(scope, new UploadOwner(email, customer));
        }
        sync();
        return new DataSubject(customer, email);
    }

    private void readFilesOf(DataSubject person) {
        var ids = jdbc.sql("""
                        select m.id::text from upload_materials m
                        join upload_scopes s on s.scope_kind = m.scope_kind and s.scope_id = m.scope_id
                        where s.owner_customer_id = ?""").param(person.customerId()).query(String.class).list();
        try (Stream<Path> files = Files.walk(OUT.resolve("files"))) {
            for (var file : files.filter(Files::isRegularFile)
                    .filter(f -> ids.stream().anyMatch(id -> f.toString().contains(id)))
                    .toList()) {
                try (var in = Files.newInputStream(file)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // the other customers

    /** Customers {@code from} (exclusive) to {@code to} (inclusive), two orders each; returns {@code to}. */
    private int seed(int from, int to) {
        var started = System.nanoTime();
        jdbc.sql("""
                        insert into accounts (id, email, name, phone, password_hash, roles, enabled, created_at, version)
                        select md5('account' || g)::uuid, 'other-' || g || '@example.com', 'Other Customer ' || g,
                               '+49 30 ' || g, '{noop}not-a-password', array['CUSTOMER'], true, now(), 0
                        from generate_series(:from + 1, :to) g""").param("from", from).param("to", to).update();
        jdbc.sql("""
                        insert into account_addresses (id, account_id, name, line1, postal_code, city, country,
                            is_default, created_at, version)
                        select md5('address' || g)::uuid, md5('account' || g)::uuid, 'Other Customer ' || g,
                               'Street ' || g, '10115', 'Berlin', 'DE', true, now(), 0
                        from generate_series(:from + 1, :to) g""").param("from", from).param("to", to).update();
        jdbc.sql(ORDER_ROWS.formatted("""
                        select md5('order' || g || '-' || k)::uuid, 'B-' || g || '-' || k, md5('account' || g)::uuid,
                               'other-' || g || '@example.com', 'Other Customer ' || g
                        from generate_series(:from + 1, :to) g, generate_series(1, 2) k""")).param("from", from).param("to", to).update();
        var others = "where o.id in (select md5('order' || g || '-' || k)::uuid"
                + " from generate_series(:from + 1, :to) g, generate_series(1, 2) k)";
        jdbc.sql(ORDER_DETAILS.formatted(others))
                .param("from", from)
                .param("to", to)
                .param("workshop", workshop)
                .update();
        for (var statement : ORDER_RELATED) {
            jdbc.sql(statement.formatted(others))
                    .param("from", from)
                    .param("to", to)
                    .param("workshop", workshop)
                    .update();
        }
        jdbc.sql("""
                        insert into upload_scopes (scope_kind, scope_id, wrapped_keyset, owner_email, owner_customer_id,
                            created_at)
                        select 'order', md5('order' || g || '-1')::uuid, '\\x00'::bytea, 'other-' || g || '@example.com',
                               md5('account' || g)::uuid, now()
                        from generate_series(:from + 1, :to) g""").param("from", from).param("to", to).update();
        jdbc.sql("""
                        insert into upload_materials (id, scope_kind, scope_id, kind, content_type, size_bytes, label,
                            created_at)
                        select md5('material' || g)::uuid, 'order', md5('order' || g || '-1')::uuid, 'PHOTO',
                               'image/jpeg', 1000000, 'photo-' || g || '.jpg', now()
                        from generate_series(:from + 1, :to) g""").param("from", from).param("to", to).update();
        // One in a hundred is also a craftsman, and one in a hundred was named by a (lifted) legal hold.
        jdbc.sql("""
                        insert into production_members (account_id, workshop_id, name, email, added_at, added_by)
                        select md5('account' || g)::uuid, :workshop, 'Other Customer ' || g, 'other-' || g || '@example.com',
                               now(), 'staff@atelier.example'
                        from generate_series(:from + 1, :to) g where g % 100 = 0""")
                .param("from", from)
                .param("to", to)
                .param("workshop", workshop)
                .update();
        jdbc.sql("""
                        insert into privacy_legal_holds (id, email, reason, reference, placed_by, placed_at, lifted_by,
                            lifted_at)
                        select gen_random_uuid(), 'other-' || g || '@example.com', 'Inquiry', 'REF-' || g,
                               'officer@atelier.example', now(), 'officer@atelier.example', now()
                        from generate_series(:from + 1, :to) g where g % 100 = 0""").param("from", from).param("to", to).update();
        jdbc.sql("""
                        insert into upload_access_log (material_id, scope_kind, scope_id, rendition, viewer_role,
                            viewer_subject, principal, purpose, outcome, token_sha256, accessed_at)
                        select md5('material' || g)::uuid, 'order', md5('order' || g || '-1')::uuid, 'CONTENT', 'CUSTOMER',
                               md5('account' || g)::uuid::text, 'other-' || g || '@example.com', 'order-page',
                               'GRANTED', md5('token' || g), now()
                        from generate_series(:from + 1, :to) g""").param("from", from).param("to", to).update();
        jdbc.sql("""
                        insert into carts (id, customer_id, created_at, updated_at)
                        select md5('cart' || g)::uuid, md5('account' || g)::uuid, now(), now()
                        from generate_series(:from + 1, :to) g""").param("from", from).param("to", to).update();
        jdbc.sql("analyze").update();
        line("");
        line(String.format(
                Locale.ROOT, "seeded customers %,d-%,d in %.1f s", from + 1, to, (System.nanoTime() - started) / 1e9));
        return to;
    }

    /** The orders' own rows from a select of (id, number, customer_id, contact_email, name). */
    static final String ORDER_ROWS = """
            insert into orders (id, number, customer_id, status, contact_name, contact_email, contact_phone,
                shipping_name, shipping_line1, shipping_postal_code, shipping_city, shipping_country,
                billing_name, billing_line1, billing_postal_code, billing_city, billing_country,
                total_minor, currency, placed_at, updated_at, version, delivered_at)
            select s.id, s.number, s.customer, 'DELIVERED', s.name, s.email, '+49 30 1234',
                   s.name, 'Street 1', '10115', 'Berlin', 'DE', s.name, 'Street 1', '10115', 'Berlin', 'DE',
                   2900, 'EUR', now() - interval '30 days', now(), 0, now() - interval '20 days'
            from (%s) as s(id, number, customer, email, name)""";

    /** Lines, personalization and history of the orders that the condition selects ({@code o}). */
    static final String ORDER_DETAILS = """
            with o as (select o.id, o.number from orders o %s),
            l as (
                insert into order_lines (id, order_id, position, product_id, variant_id, product_name, variant_name, sku,
                    unit_price_minor, quantity, line_total_minor, requires_proof, needs_proof)
                select md5('line' || o.id)::uuid, o.id, 0, md5('product')::uuid, md5('variant')::uuid, 'Frame',
                       'Standard', 'FR-1', 2900, 1, 2900, true, true
                from o returning id, order_id),
            p as (
                insert into order_line_personalization (line_id, position, slot_key, label, slot_type, value)
                select l.id, 0, 'engraving', 'Engraving', 'TEXT', 'For you ' || l.order_id from l returning 1)
            insert into order_transitions (order_id, from_status, to_status, at, actor)
            select o.id, null, 'PLACED', now() - interval '30 days', 'customer' from o""";

    /** What the other modules hold about the orders the condition selects ({@code o}). */
    static final List<String> ORDER_RELATED = List.of("""
            insert into outbox_messages (id, kind, recipient, subject, html_body, text_body, status, attempts,
                created_at, sent_at)
            select gen_random_uuid(), 'TRANSACTIONAL', o.contact_email, 'Your order ' || o.number,
                   '<p>Thank you, ' || o.contact_name || '</p>', 'Thank you, ' || o.contact_name, 'SENT', 1, now(), now()
            from orders o %s""", """
            insert into privacy_disclosures (id, recipient, recipient_kind, purpose, legal_basis, categories,
                customer_id, email, order_id, order_number, at, recorded_by, recorded_at)
            select gen_random_uuid(), 'Parcel API', 'CARRIER', 'Deliver the order', 'CONTRACT',
                   array['contact.name', 'contact.address'], o.customer_id, lower(o.contact_email), o.id, o.number, now(),
                   'staff@atelier.example', now()
            from orders o %s""", """
            insert into privacy_audit_log (sequence, previous_hash, hash, actor, role, action, resource, customer_id,
                customer_email, order_id, at)
            select (select coalesce(max(sequence), 0) from privacy_audit_log) + row_number() over (),
                   md5(o.id::text) || md5(o.number), md5(o.number) || md5(o.id::text), 'staff@atelier.example',
                   'STAFF', 'view-order', 'order:' || o.id, o.customer_id, lower(o.contact_email), o.id, now()
            from orders o %s""", """
            with r as (
                insert into proof_requests (id, order_id, order_number, customer_id, line_id, position, product_name,
                    variant_name, state, state_since, created_at)
                select md5('proof' || o.id)::uuid, o.id, o.number, o.customer_id, md5('line' || o.id)::uuid, 0, 'Frame',
                       'Standard', 'APPROVED', now(), now()
                from orders o %s returning id)
            insert into proof_rounds (proof_request_id, round, material_id, content_type, published_by, published_at,
                decision, decided_at)
            select r.id, 1, gen_random_uuid(), 'image/png', 'staff@atelier.example', now(), 'APPROVED', now() from r""", """
            insert into production_jobs (id, workshop_id, order_id, order_number, customer_id, line_id, product_name,
                variant_name, quantity, due_on, state, assigned_by, assigned_at, state_since)
            select gen_random_uuid(), :workshop, o.id, o.number, o.customer_id, md5('line' || o.id)::uuid, 'Frame',
                   'Standard', 1, current_date, 'DONE', 'staff@atelier.example', now(), now()
            from orders o %s""", """
            insert into shipping_shipments (id, order_id, order_number, carrier_code, tracking_number, status,
                weight_grams, length_cm, width_cm, height_cm, dispatched_at, last_event_at, delivered_at, version)
            select gen_random_uuid(), o.id, o.number, 'manual', 'T-' || o.id, 'DELIVERED', 1000, 30, 20, 10,
                   now(), now(), now(), 0
            from orders o %s""");

    // query plans

    /** The plans of the lookups each holder makes for one person, flagged when one reads a whole table. */
    private void explain() {
        var person = person();
        var email = person.email();
        var customer = person.customerId();
        var order = jdbc.sql("select id from orders where customer_id = ? limit 1")
                .param(customer)
                .query(UUID.class)
                .single();
        var lookups = new ArrayList<String[]>();
        lookups.add(
                new String[] {"customers: account by email", "select * from accounts where email = '" + email + "'"});
        lookups.add(new String[] {
            "orders: the person's orders",
            "select id from orders where ('" + customer + "'::uuid is not null and customer_id = '" + customer
                    + "'::uuid) or lower(contact_email) = '" + email + "' order by placed_at"
        });
        lookups.add(new String[] {
            "orders: guest orders by email",
            "select id from orders o where lower(o.contact_email) = lower('" + email + "')"
        });
        lookups.add(new String[] {"orders: carts", "select id from carts where customer_id = '" + customer + "'"});
        lookups.add(new String[] {
            "notifications: emails", "select * from outbox_messages where lower(recipient) = '" + email + "'"
        });
        lookups.add(new String[] {
            "uploads: scopes",
            "select scope_kind, scope_id from upload_scopes where destroyed_at is null and (owner_email = '" + email
                    + "' or owner_customer_id = '" + customer + "')"
        });
        lookups.add(new String[] {
            "uploads: access log naming the person",
            "select id from upload_access_log where lower(principal) = '" + email + "' or viewer_subject in ('" + email
                    + "', '" + customer + "')"
        });
        lookups.add(new String[] {
            "uploads: access log of a scope",
            "select * from upload_access_log where scope_kind = 'order' and scope_id = '" + order + "'"
                    + " and material_id is not null and rendition is not null union select * from upload_access_log"
                    + " where material_id in (select id from upload_materials where scope_kind = 'order' and scope_id = '"
                    + order + "') and rendition is not null"
        });
        lookups.add(new String[] {
            "proofs: by account", "select distinct order_id from proof_requests where customer_id = '" + customer + "'"
        });
        lookups.add(new String[] {"proofs: by order", "select * from proof_requests where order_id = '" + order + "'"});
        lookups.add(new String[] {
            "production: jobs by account", "select * from production_jobs where customer_id = '" + customer + "'"
        });
        lookups.add(new String[] {
            "production: jobs by order", "select * from production_jobs where order_id in ('" + order + "')"
        });
        lookups.add(new String[] {
            "production: craftsman by email", "select * from production_members where email = '" + email + "'"
        });
        lookups.add(new String[] {
            "shipping: shipments by order", "select * from shipping_shipments where order_id in ('" + order + "')"
        });
        lookups.add(new String[] {
            "privacy: disclosures",
            "select * from privacy_disclosures where email = '" + email + "' or ('" + customer
                    + "'::uuid is not null and customer_id = '" + customer + "'::uuid)"
        });
        lookups.add(new String[] {
            "privacy: audit log",
            "select * from privacy_audit_log where customer_email = '" + email + "' or ('" + customer
                    + "'::uuid is not null and customer_id = '" + customer + "'::uuid)"
        });
        lookups.add(new String[] {
            "privacy: legal holds", "select count(*) from privacy_legal_holds where email = '" + email + "'"
        });
        line("");
        line("query plans (EXPLAIN) of each holder's lookups for one person, 100k other customers:");
        for (var lookup : lookups) {
            var plan = jdbc.sql("explain " + lookup[1]).query(String.class).list();
            var scans = plan.stream()
                    .filter(row -> row.contains("Scan"))
                    .map(row -> row.strip().replaceAll("^->\\s*", "").replaceAll("\\s+\\(cost.*", ""))
                    .toList();
            var sequential = scans.stream().anyMatch(row -> row.startsWith("Seq Scan"));
            line("  " + (sequential ? "SEQ   " : "index ") + lookup[0] + ": " + String.join("; ", scans));
        }
    }

    // measuring

    interface Action {
        void run() throws IOException;
    }

    static double seconds(Action action) {
        var start = System.nanoTime();
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        var middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static String rounded(List<Double> values) {
        return values.stream()
                .map(v -> String.format(Locale.ROOT, "%.3f", v))
                .toList()
                .toString();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void line(String text) {
        System.out.println("[privacy-bench] " + text);
        report.add(text);
    }

    static byte[] video(int size) {
        var bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        var ftyp = new byte[] {
            0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's', 'o', 'm'
        };
        System.arraycopy(ftyp, 0, bytes, 0, ftyp.length);
        return bytes;
    }

    /** Discards what it is given and counts it. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
