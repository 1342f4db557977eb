/** The privacy officer's pages and the customer's own privacy pages. */
@NullMarked
package shop.atelier.privacy.internal.web;

import org.jspecify.annotations.NullMarked;
