/**
 * Accounts, address books and password resets: the persistence, rules and services behind the
 * {@link shop.atelier.customers.Customers} facade.
 */
@NullMarked
package shop.atelier.customers.internal;

import org.jspecify.annotations.NullMarked;
