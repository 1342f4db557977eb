/** Pages (cart, checkout, order pages for guests, customers and staff) and the JSON API under {@code /api/v1}. */
@NullMarked
package shop.atelier.orders.internal.web;

import org.jspecify.annotations.NullMarked;
