package shop.atelier.orders.internal;

import shop.atelier.platform.BusinessRuleException;

/**
 * A photo with too few pixels for the product's printed area: it would print below the product's
 * minimum resolution, so it was refused and deleted (422).
 */
public class PrintResolutionTooLow extends BusinessRuleException {

    private final int dpi;
    private final int minDpi;

    public PrintResolutionTooLow(int dpi, int minDpi) {
        super("The photo would print at " + dpi + " dpi; the product needs at least " + minDpi + " dpi");
        this.dpi = dpi;
        this.minDpi = minDpi;
    }

    public int dpi() {
        return dpi;
    }

    public int minDpi() {
        return minDpi;
    }
}
