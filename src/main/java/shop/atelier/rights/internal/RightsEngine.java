package shop.atelier.rights.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;
import shop.atelier.privacy.LegalHolds;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ErasureReport;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.PersonalDataHolder;
import shop.atelier.rights.ErasureReceipt;
import shop.atelier.rights.PrivacyRights;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks every personal-data holder of the application, in their declared order ({@code @Order}: a
 * holder that finds a guest through the orders module erases before the orders module does). The
 * holders use 100 for those that reach a person through their orders or find them on their own,
 * 500 for orders (it anonymizes the contact email and account the others look up), 600 for the
 * account, 700 for the record of emails sent and 800 for uploads, whose files are deleted at once
 * (outside the transaction), so they go only when everything else has succeeded; a holder without
 * {@code @Order} runs last.
 *
 * <p>The archive is one ZIP written as it is made: each file streams from its holder into the ZIP
 * (photos and videos stored without compression, as they are compressed already), and {@code
 * data.json}, deflated, comes last.
 */
@Component
class RightsEngine implements PrivacyRights {

    /** Large enough that the archive reaches the caller's stream in few, large writes. */
    private static final int BUFFER = 256 * 1024;

    private final List<PersonalDataHolder> holders;
    private final LegalHolds legalHolds;
    private final Orders orders;
    private final JsonMapper json;
    private final Clock clock;

    RightsEngine(List<PersonalDataHolder> holders, LegalHolds legalHolds, Orders orders, JsonMapper json, Clock clock) {
        var sorted = new ArrayList<>(holders);
        AnnotationAwareOrderComparator.sort(sorted);
        this.holders = List.copyOf(sorted);
        this.legalHolds = legalHolds;
        this.orders = orders;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public void writeArchive(DataSubject subject, OutputStream out) throws IOException {
        var buffered = new BufferedOutputStream(out, BUFFER);
        var zip = new ZipOutputStream(buffered);
        var sink = new ArchiveSink(zip);
        try {
            for (var holder : holders) {
                holder.export(subject, sink);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        var document = new LinkedHashMap<String, Object>();
        document.put("subject", Map.of("email", subject.email()));
        document.put("exportedAt", clock.instant().toString());
        document.put("holders", sink.records);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry("data.json"));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
        zip.closeEntry();
        zip.finish();
        buffered.flush();
    }

    @Override
    @Transactional
    public ErasureReceipt erase(DataSubject subject) {
        var holds = new ArrayList<String>();
        for (var hold : legalHolds.holdsFor(subject)) {
            holds.add(hold.reason());
        }
        for (var order : ordersOf(subject)) {
            if (legalHolds.isHeld(order.id().value()) || legalHolds.isHeldOrderNumber(order.number())) {
                holds.add("order " + order.number());
            }
        }
        if (!holds.isEmpty()) {
            return new ErasureReceipt(clock.instant(), holds, List.of());
        }
        var reports = new ArrayList<ErasureReport>();
        for (var holder : holders) {
            reports.add(holder.erase(subject, ErasureMode.KEEP_LEGAL_MINIMUM));
        }
        return new ErasureReceipt(clock.instant(), List.of(), reports);
    }

    private List<OrderSummary> ordersOf(DataSubject subject) {
        var found = new LinkedHashMap<String, OrderSummary>();
        if (subject.customerId() != null) {
            for (var order : orders.ofCustomer(new CustomerId(subject.customerId()))) {
                found.put(order.number(), order);
            }
        }
        for (var order : orders.ofContactEmail(subject.email())) {
            found.put(order.number(), order);
        }
        return List.copyOf(found.values());
    }

    /** Streams files into the ZIP as they come; keeps the records for {@code data.json}. */
    private static final class ArchiveSink implements ExportSink {

        private final ZipOutputStream zip;
        private final Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
        private final Set<String> names = new HashSet<>();

        ArchiveSink(ZipOutputStream zip) {
            this.zip = zip;
        }

        @Override
        public void record(String holder, String kind, Map<String, ?> fields) {
            var record = new LinkedHashMap<String, Object>();
            record.put("kind", kind);
            record.putAll(fields);
            records.computeIfAbsent(holder, h -> new ArrayList<>()).add(record);
        }

        @Override
        public void file(String holder, String name, String contentType, InputStream content) {
            var path = "files/" + safe(holder) + "/" + unique(safe(holder) + "/", safe(name));
            try (content) {
                // Photos and videos are compressed already: deflating them again costs time for nothing.
                zip.setLevel(compressible(contentType) ? Deflater.BEST_SPEED : Deflater.NO_COMPRESSION);
                zip.putNextEntry(new ZipEntry(path));
                var buffer = new byte[BUFFER];
                for (int n; (n = content.read(buffer)) >= 0; ) {
                    zip.write(buffer, 0, n);
                }
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            record(holder, "file", Map.of("path", path, "contentType", contentType));
        }

        private static boolean compressible(String contentType) {
            var type = contentType.toLowerCase(Locale.ROOT);
            return type.startsWith("text/") || type.endsWith("json") || type.endsWith("xml");
        }

        private String unique(String folder, String name) {
            var candidate = name;
            var dot = name.lastIndexOf('.');
            var stem = dot > 0 ? name.substring(0, dot) : name;
            var extension = dot > 0 ? name.substring(dot) : "";
            for (int i = 2; !names.add(folder + candidate); i++) {
                candidate = stem + "-" + i + extension;
            }
            return candidate;
        }

        private static String safe(String name) {
            var cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
            return cleaned.isEmpty() ? "file" : cleaned;
        }
    }
}
