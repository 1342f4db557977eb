package shop.atelier.orders.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import shop.atelier.orders.OrderStatus;

/** One page of the staff order list. */
public record OrderPage(List<OrderListItem> items, @Nullable OrderStatus status, int page, int size, long total) {

    public OrderPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
