/**
 * Production: the workshops that make the orders, their craftsmen (accounts with the role
 * WORKSHOP, bound to one workshop) and the jobs, one approved order line each. Opening a job records
 * the disclosure to the workshop (promise S2); the workshop portal shows a craftsman only what
 * making the item needs, never the customer's contact data (promise U1), and every job view is
 * audited (M3). When every line of an order is made, {@link shop.atelier.production.OrderMade} lets
 * shipping start.
 */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "catalog",
            "customers",
            "orders",
            "proofs",
            "uploads",
            "privacy",
            "privacy::spi"
        })
@NullMarked
package shop.atelier.production;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
