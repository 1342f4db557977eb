/**
 * The catalog's domain, persistence and policies: the {@code Product} aggregate with its variants,
 * personalization slots and images, the rules a customer's personalization must follow, and the
 * short-lived storefront cache that keeps product pages fast.
 */
@NullMarked
package shop.atelier.catalog.internal;

import org.jspecify.annotations.NullMarked;
