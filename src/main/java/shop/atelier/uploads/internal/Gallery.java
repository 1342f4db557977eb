package shop.atelier.uploads.internal;

import java.time.Instant;
import java.util.List;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.MaterialKind;

/**
 * The materials customers allowed the shop to show (promise M1), for the staff gallery. Not part of
 * the module's API.
 */
public final class Gallery {

    /** One consented material; nothing about its owner. */
    public record Item(MaterialId id, MaterialKind kind, boolean hasThumbnail, Instant consentedAt) {}

    /**
     * One page of the gallery.
     *
     * @param page the page's number, from 0
     */
    public record Page(List<Item> items, int page, boolean hasNext) {

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    private final MarketingConsents consents;

    Gallery(MarketingConsents consents) {
        this.consents = consents;
    }

    /** Materials whose latest consent allows it, most recently consented first. */
    public Page page(int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new IllegalArgumentException("no such gallery page");
        }
        var rows = consents.consented(Math.multiplyExact(page, size), size + 1);
        var items = rows.stream()
                .limit(size)
                .map(row -> new Item(row.material().id(), row.material().kind(), row.hasThumbnail(), row.consentedAt()))
                .toList();
        return new Page(items, page, rows.size() > size);
    }
}
