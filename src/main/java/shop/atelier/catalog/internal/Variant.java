package shop.atelier.catalog.internal;

import java.util.Objects;
import java.util.regex.Pattern;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.Money;

/**
 * One way a product is sold, e.g. "Small, 13 × 18 cm", with its own SKU and price.
 *
 * @param available whether customers may buy it now
 */
public record Variant(VariantId id, String name, String sku, Money price, boolean available) {

    public static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");
    public static final int NAME_MAX = 80;

    public Variant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(price, "price");
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new IllegalArgumentException("A variant needs a name of at most " + NAME_MAX + " characters");
        }
        name = name.strip();
        if (sku == null || !SKU.matcher(sku).matches()) {
            throw new IllegalArgumentException("Invalid SKU: " + sku);
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("A price cannot be negative");
        }
    }
}
