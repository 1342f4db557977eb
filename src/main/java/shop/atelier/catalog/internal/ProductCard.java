package shop.atelier.catalog.internal;

import org.jspecify.annotations.Nullable;
import shop.atelier.platform.Money;

/**
 * A listed product as the catalog page shows it.
 *
 * @param fromPrice the lowest price of its available variants; {@code null} if none is available
 * @param pricesVary whether available variants differ in price
 */
public record ProductCard(
        String slug,
        String name,
        @Nullable ProductImage image,
        @Nullable Money fromPrice,
        boolean pricesVary) {

    static ProductCard of(ProductDetails product) {
        return new ProductCard(
                product.slug(),
                product.name(),
                product.mainImage().orElse(null),
                product.fromPrice().orElse(null),
                product.pricesVary());
    }
}
