package shop.atelier.proofs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.Orders;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.PersonalDataHolder;
import shop.atelier.uploads.Uploads;

@ProofsModuleTest
class ProofsPersonalDataTests {

    @Autowired
    ProofService proofs;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    Orders orders;

    @Autowired
    Uploads uploads;

    ProofFixtures fixtures;
    PersonalDataHolder holder;

    @BeforeEach
    void setUp() {
        fixtures = new ProofFixtures(orders, uploads);
        holder = holders.stream()
                .filter(h -> h.inventory().holder().equals("proofs"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theInventoryNamesEveryFreeTextColumn() {
        var columns = holder.inventory().categories().stream()
                .flatMap(category -> category.columns().stream())
                .toList();

        assertThat(columns)
                .contains(
                        "proof_rounds.customer_comment",
                        "proof_rounds.staff_note",
                        "proof_rounds.published_by",
                        "proof_requests.customer_id");
    }

    @Test
    void exportHandsOverTheCustomersProofHistoryWithoutNamingStaff() {
        var ann = CustomerId.random();
        var order = withAnswers(ann, "Please make the name larger.");

        var sink = new RecordingSink();
        holder.export(new DataSubject(ann.value(), "ann@example.com"), sink);

        assertThat(sink.records).hasSize(2);
        var mug = sink.records.stream()
                .filter(r -> r.get("product").equals("Photo mug"))
                .findFirst()
                .orElseThrow();
        assertThat(mug).containsEntry("order", order.number()).containsEntry("state", "AWAITING_CUSTOMER");
        assertThat(mug.toString())
                .contains("Please make the name larger.")
                .contains("Is the name right?")
                .contains("CHANGES_REQUESTED")
                .doesNotContain("staff@atelier.example");
        assertThat(sink.files)
                .as("preview files are exported by the uploads module")
                .isZero();
    }

    @Test
    void erasureReplacesCommentsAndNotesAndSaysWhereTheFilesGo() {
        var ann = CustomerId.random();
        var bob = CustomerId.random();
        var annsOrder = withAnswers(ann, "Ann's secret wish");
        var bobsOrder = withAnswers(bob, "Bob's wish");

        var report = holder.erase(new DataSubject(ann.value(), "ann@example.com"), ErasureMode.KEEP_LEGAL_MINIMUM);

        assertThat(report.holder()).isEqualTo("proofs");
        assertThat(String.join("\n", report.erased()))
                .contains(annsOrder.number())
                .contains("[erased]")
                .contains("upload");
        assertThat(report.kept()).isNotEmpty();
        var rounds = proofs.ofOrder(annsOrder.id()).stream()
                .flatMap(p -> p.rounds().stream())
                .toList();
        assertThat(rounds).extracting(ProofRound::comment).contains("[erased]").doesNotContain("Ann's secret wish");
        assertThat(rounds).extracting(ProofRound::staffNote).containsOnly("[erased]", null);
        assertThat(rounds).extracting(ProofRound::decision).contains(ProofRound.Decision.CHANGES_REQUESTED);
        assertThat(proofs.ofOrder(bobsOrder.id()).stream().flatMap(p -> p.rounds().stream()))
                .extracting(ProofRound::comment)
                .contains("Bob's wish");

        when(orders.ofCustomer(ann)).thenReturn(List.of(annsOrder.summary()));
        var sink = new RecordingSink();
        holder.export(new DataSubject(ann.value(), "ann@example.com"), sink);
        assertThat(sink.records.toString()).doesNotContain("Ann's secret wish").contains("[erased]");
    }

    @Test
    void eraseAllDeletesTheProofHistory() {
        var ann = CustomerId.random();
        var order = withAnswers(ann, "Larger");

        var report = holder.erase(new DataSubject(ann.value(), "ann@example.com"), ErasureMode.ERASE_ALL);

        assertThat(report.kept()).isEmpty();
        assertThat(proofs.ofOrder(order.id())).isEmpty();
    }

    @Test
    void aGuestIsFoundThroughTheContactAddressOfTheirOrders() {
        var email = "gia-" + System.nanoTime() + "@example.com";
        var order = withAnswers(null, "Gia's wish");
        when(orders.ofContactEmail(email)).thenReturn(List.of(order.summary()));

        var sink = new RecordingSink();
        holder.export(DataSubject.guest(email), sink);
        assertThat(sink.records.toString()).contains("Gia's wish").contains(order.number());

        var report = holder.erase(DataSubject.guest(email), ErasureMode.KEEP_LEGAL_MINIMUM);

        assertThat(String.join("\n", report.erased())).contains(order.number());
        assertThat(proofs.ofOrder(order.id()).stream().flatMap(p -> p.rounds().stream()))
                .extracting(ProofRound::comment)
                .contains("[erased]")
                .doesNotContain("Gia's wish");
    }

    @Test
    void aGuestWithoutOrdersFoundHasNothingHere() {
        var report =
                holder.erase(DataSubject.guest("nobody-" + System.nanoTime() + "@example.com"), ErasureMode.ERASE_ALL);

        assertThat(report.erased()).isEmpty();
        assertThat(report.kept()).isEmpty();
    }

    /** An order of the customer whose mug preview they answered with a change request. */
    private ProofFixtures.Order withAnswers(CustomerId customer, String comment) {
        var order = fixtures.order(customer);
        proofs.startProofing(order.id());
        var mug = proofs.ofOrder(order.id()).getFirst();
        proofs.publish(
                order.id(),
                mug.id(),
                "mug.png",
                new ByteArrayInputStream(new byte[] {1}),
                "Is the name right?",
                "staff@atelier.example");
        proofs.requestChanges(order.id(), mug.id(), 1, comment);
        proofs.publish(
                order.id(),
                mug.id(),
                "mug-2.png",
                new ByteArrayInputStream(new byte[] {2}),
                null,
                "staff@atelier.example");
        return order;
    }

    static final class RecordingSink implements ExportSink {
        final List<Map<String, Object>> records = new ArrayList<>();
        int files;

        @Override
        public void record(String holder, String kind, Map<String, ?> fields) {
            records.add(Map.copyOf(fields));
        }

        @Override
        public void file(String holder, String name, String contentType, InputStream content) {
            files++;
        }
    }
}
