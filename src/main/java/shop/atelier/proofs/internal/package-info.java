/**
 * The proof request aggregate with its rounds, persistence with {@code JdbcClient}, the service
 * behind the staff and customer pages, the listener that opens requests when an order starts
 * proofing, the email to the customer and the module's privacy data holder.
 */
@NullMarked
package shop.atelier.proofs.internal;

import org.jspecify.annotations.NullMarked;
