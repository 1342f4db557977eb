package shop.atelier.marketing.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A promotional email staff write once and send to every confirmed subscriber. The body is plain
 * text: blank lines separate paragraphs, and nothing in it is read as HTML.
 *
 * @param recipientsTotal confirmed subscribers queued when sending started
 * @param sentCount recipients the campaign was written to the outbox for
 * @param skippedCount recipients dropped because they unsubscribed, were erased or suppressed since
 */
public record Campaign(
        UUID id,
        String subject,
        String body,
        CampaignStatus status,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        int recipientsTotal,
        int sentCount,
        int skippedCount) {

    public List<String> paragraphs() {
        return paragraphs(body);
    }

    /** The paragraphs, each as its lines. */
    public List<List<String>> paragraphLines() {
        return paragraphLines(body);
    }

    public int queued() {
        return Math.max(0, recipientsTotal - sentCount - skippedCount);
    }

    public boolean draft() {
        return status == CampaignStatus.DRAFT;
    }

    static List<List<String>> paragraphLines(String body) {
        return paragraphs(body).stream()
                .map(paragraph -> paragraph.lines().map(String::strip).toList())
                .toList();
    }

    static List<String> paragraphs(String body) {
        return Arrays.stream(body.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }
}
