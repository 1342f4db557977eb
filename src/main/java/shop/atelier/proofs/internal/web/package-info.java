/** The staff proof queue and preparation page, and the customer's review page (guest and account). */
@NullMarked
package shop.atelier.proofs.internal.web;

import org.jspecify.annotations.NullMarked;
