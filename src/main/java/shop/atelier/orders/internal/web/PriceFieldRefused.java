package shop.atelier.orders.internal.web;

/**
 * A request tried to name a price. Prices come from the catalog only; such a request is refused as
 * a whole (400) and nothing of it is stored.
 */
class PriceFieldRefused extends IllegalArgumentException {

    static final String MESSAGE = "prices are set by the shop";

    PriceFieldRefused() {
        super(MESSAGE);
    }
}
