package shop.atelier.orders.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.orders.internal.CartId;

/**
 * The web cart's id in the HTTP session (kept in the database by Spring Session, so any node can
 * serve the next request). Stored as a string: nothing but JDK types goes into the session.
 */
final class CartSession {

    static final String ATTRIBUTE = "orders.cartId";

    private CartSession() {}

    /** The cart of this visitor, without creating a session. */
    static @Nullable CartId get(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String id)) {
            return null;
        }
        try {
            return new CartId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static void set(HttpServletRequest request, CartId id) {
        request.getSession(true).setAttribute(ATTRIBUTE, id.toString());
    }

    static void clear(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
