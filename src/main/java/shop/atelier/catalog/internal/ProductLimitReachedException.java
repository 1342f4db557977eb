package shop.atelier.catalog.internal;

import shop.atelier.platform.BusinessRuleException;

/** Products keep their pages usable and their storage bounded: a few variants, slots and images each. */
public class ProductLimitReachedException extends BusinessRuleException {

    private final String what;
    private final int limit;

    public ProductLimitReachedException(String what, int limit) {
        super("A product has at most " + limit + " " + what);
        this.what = what;
        this.limit = limit;
    }

    public String what() {
        return what;
    }

    public int limit() {
        return limit;
    }
}
