package shop.atelier.customers.internal;

import shop.atelier.platform.BusinessRuleException;

/** An address book holds a bounded number of addresses. */
public class AddressBookFull extends BusinessRuleException {

    private final int limit;

    AddressBookFull(int limit) {
        super("An address book holds at most " + limit + " addresses.");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
