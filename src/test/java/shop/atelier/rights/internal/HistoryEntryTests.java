package shop.atelier.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HistoryEntryTests {

    @Test
    void aSystemNoteIsAMessageWithItsArgument() throws Exception {
        var merged = entry(HistoryEntry.code("merged", "4f0c"));
        assertThat(merged.noteKey()).isEqualTo("rights.history.note.merged");
        assertThat(merged.noteArgument()).isEqualTo("4f0c");

        var messages = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/rights.properties")) {
            messages.load(in);
        }
        for (var channel : Channel.values()) {
            assertThat(messages)
                    .containsKey(entry(HistoryEntry.code("channel." + channel.name()))
                            .noteKey());
            assertThat(messages)
                    .containsKey(
                            entry(HistoryEntry.code("joined." + channel.name())).noteKey());
        }
        for (var code : new String[] {
            "archive-ready",
            "erased",
            "archive-expired",
            "verified.password",
            "verified.signed-in",
            "verified.link",
            "verified.shopify"
        }) {
            assertThat(messages).containsKey(entry(HistoryEntry.code(code)).noteKey());
        }
    }

    @Test
    void anOfficersTextIsShownAsWrittenEvenWhenItLooksLikeACode() {
        assertThat(entry("Checked the passport copy").noteKey()).isNull();
        assertThat(entry("@whatever the officer typed").noteKey()).isNull();
        assertThat(entry(null).noteKey()).isNull();
        assertThatThrownBy(() -> HistoryEntry.code("unknown")).isInstanceOf(IllegalArgumentException.class);
    }

    private static HistoryEntry entry(String note) {
        return new HistoryEntry(Instant.now(), RequestState.RECEIVED, "system", note);
    }
}
