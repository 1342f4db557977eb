/** Sign-in, registration, the account pages, the address book and password reset. */
@NullMarked
package shop.atelier.customers.internal.web;

import org.jspecify.annotations.NullMarked;
