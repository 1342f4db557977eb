package shop.atelier.notifications.internal;

import java.util.List;

/** One page of the outbox, newest first. */
public record OutboxPage(List<OutboxSummary> messages, int page, int size, long total) {

    public OutboxPage {
        messages = List.copyOf(messages);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
