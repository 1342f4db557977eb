/**
 * What the shop sells: products, their variants and prices, and the personalization slots
 * (text, photo, video, text file) a customer fills in. Serves the storefront's catalog and product
 * pages and the staff pages that edit products.
 */
@ApplicationModule(allowedDependencies = {"platform", "privacy::spi"})
@NullMarked
package shop.atelier.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
