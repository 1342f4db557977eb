package shop.atelier.orders;

import java.net.URI;

/**
 * Where to write to an order's customer about the order.
 *
 * @param email the order's contact address
 * @param orderPage an absolute link to the order's page for this customer: the account page, or for
 *     a guest a tracking link made for this message
 */
public record OrderContact(String email, URI orderPage) {}
