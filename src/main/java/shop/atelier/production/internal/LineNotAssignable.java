package shop.atelier.production.internal;

import shop.atelier.platform.BusinessRuleException;

/** An order line cannot be given to a workshop: the order is not in production, the line has an open job, or the workshop is inactive. */
public class LineNotAssignable extends BusinessRuleException {

    public LineNotAssignable(String message) {
        super(message);
    }
}
