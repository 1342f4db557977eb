package shop.atelier.orders.internal;

import java.util.List;
import shop.atelier.platform.BusinessRuleException;

/**
 * Checkout found lines the catalog no longer sells as they are (variant gone or unavailable, or
 * its personalization slots changed): the customer must change the cart first.
 */
public class CartNeedsChanges extends BusinessRuleException {

    private final List<InvalidCartInput.Problem> problems;

    public CartNeedsChanges(List<InvalidCartInput.Problem> problems) {
        super("Some items in the cart cannot be ordered as they are: "
                + String.join("; ", problems.stream().map(Object::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<InvalidCartInput.Problem> problems() {
        return problems;
    }
}
