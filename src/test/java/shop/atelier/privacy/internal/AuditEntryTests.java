package shop.atelier.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The canonical encoding gives every field its own place, so no two different entries hash alike. */
class AuditEntryTests {

    static final Instant AT = Instant.parse("2026-11-27T10:00:00.123456Z");

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        var a = AuditEntry.hash(1, AuditEntry.GENESIS, "ab", "c", null, "x", "r", null, null, null, AT);
        var b = AuditEntry.hash(1, AuditEntry.GENESIS, "a", "bc", null, "x", "r", null, null, null, AT);
        var c = AuditEntry.hash(1, AuditEntry.GENESIS, "ab", "c", "", "x", "r", null, null, null, AT);

        assertThat(a).isNotEqualTo(b).isNotEqualTo(c).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void everyFieldCounts() {
        var customer = UUID.randomUUID();
        var order = UUID.randomUUID();
        var base = AuditEntry.hash(7, AuditEntry.GENESIS, "a", "STAFF", "w", "x", "r", customer, "e", order, AT);

        assertThat(AuditEntry.hash(8, AuditEntry.GENESIS, "a", "STAFF", "w", "x", "r", customer, "e", order, AT))
                .isNotEqualTo(base);
        assertThat(AuditEntry.hash(7, "1".repeat(64), "a", "STAFF", "w", "x", "r", customer, "e", order, AT))
                .isNotEqualTo(base);
        assertThat(AuditEntry.hash(7, AuditEntry.GENESIS, "a", "STAFF", "w", "x", "r", null, "e", order, AT))
                .isNotEqualTo(base);
        assertThat(AuditEntry.hash(
                        7, AuditEntry.GENESIS, "a", "STAFF", "w", "x", "r", customer, "e", order, AT.plusNanos(1000)))
                .isNotEqualTo(base);
        assertThat(AuditEntry.hash(7, AuditEntry.GENESIS, "a", "STAFF", "w", "x", "r", customer, "e", order, AT))
                .isEqualTo(base);
    }
}
