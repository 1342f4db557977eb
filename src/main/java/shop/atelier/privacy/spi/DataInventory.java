package shop.atelier.privacy.spi;

import java.util.List;

/**
 * One module's entry in the data map.
 *
 * @param holder the module, e.g. {@code orders}
 * @param categories the categories of personal data it holds
 */
public record DataInventory(String holder, List<DataCategory> categories) {

    public DataInventory {
        categories = List.copyOf(categories);
    }
}
