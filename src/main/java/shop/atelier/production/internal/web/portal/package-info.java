/**
 * The workshop portal. Its views are built only from the types in this package, none of which has
 * a field for a customer's name, email, phone or address; an architecture test keeps it so.
 */
@NullMarked
package shop.atelier.production.internal.web.portal;

import org.jspecify.annotations.NullMarked;
