package shop.atelier.privacy.spi;

import java.util.List;

/**
 * One module's entry in the data map.
 *
 * <p>Every column of every table the module owns is classified here: it holds a category of
 * personal data (named by that category's {@code columns}) or it is declared not personal in
 * {@code notPersonal}. The data map test reads the live schema and fails on any column that is
 * neither. {@code keptOnErasure} names the personal columns an erasure request may leave in place
 * because a legal duty forces the shop to keep them (tax records, the tamper-evident audit log);
 * everything else about an erased person must be gone.
 *
 * @param holder the module, e.g. {@code orders}
 * @param categories the categories of personal data it holds
 * @param notPersonal columns ({@code table.column}) that hold nothing about a person
 * @param keptOnErasure personal columns ({@code table.column}) the law forces the shop to keep
 *     through an erasure request
 */
public record DataInventory(
        String holder, List<DataCategory> categories, List<String> notPersonal, List<String> keptOnErasure) {

    public DataInventory {
        categories = List.copyOf(categories);
        notPersonal = List.copyOf(notPersonal);
        keptOnErasure = List.copyOf(keptOnErasure);
    }

    public DataInventory(String holder, List<DataCategory> categories) {
        this(holder, categories, List.of(), List.of());
    }
}
