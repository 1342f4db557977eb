package shop.atelier.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shop.atelier.privacy.spi.DataCategory;
import shop.atelier.privacy.spi.DataInventory;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ErasureReport;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;

class ErasurePreviewTests {

    static final PersonalDataHolder MAIL = new PersonalDataHolder() {
        @Override
        public DataInventory inventory() {
            return new DataInventory(
                    "notifications",
                    List.of(new DataCategory(
                            "communication.email_sent",
                            "Every email the shop sent you",
                            "Keep a record of what was sent",
                            LegalBasis.LEGITIMATE_INTEREST,
                            List.of(),
                            "Two years",
                            List.of("outbox_messages.recipient"))),
                    List.of(),
                    List.of());
        }

        @Override
        public void export(DataSubject subject, ExportSink sink) {}

        @Override
        public ErasureReport erase(DataSubject subject, ErasureMode mode) {
            return ErasureReport.nothingHeld("notifications");
        }
    };

    final ErasurePreview preview = new ErasurePreview(List.of(MAIL));

    @Test
    void aReportedCategoryIsNamedInPlainWordsWithItsDetails() {
        assertThat(preview.describe("communication.email_sent")).isEqualTo("Every email the shop sent you");
        assertThat(preview.describe("communication.email_sent: 3 emails"))
                .isEqualTo("Every email the shop sent you (3 emails)");
    }

    @Test
    void textNamingNoDeclaredCategoryIsShownAsItIs() {
        assertThat(preview.describe("order 1042: everything")).isEqualTo("order 1042: everything");
        assertThat(preview.describe("contact.unknown")).isEqualTo("contact.unknown");
    }
}
