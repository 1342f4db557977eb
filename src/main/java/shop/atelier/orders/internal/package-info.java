/**
 * The cart, checkout and the order aggregate with its state machine; persistence with {@code
 * JdbcClient}, the payment listeners and the module's privacy data holder.
 */
@NullMarked
package shop.atelier.orders.internal;

import org.jspecify.annotations.NullMarked;
