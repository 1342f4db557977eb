/** The catalog's pages (storefront and staff), its product image endpoint and its JSON API. */
@NullMarked
package shop.atelier.catalog.internal.web;

import org.jspecify.annotations.NullMarked;
