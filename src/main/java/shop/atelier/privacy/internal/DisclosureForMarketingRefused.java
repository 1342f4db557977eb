package shop.atelier.privacy.internal;

import shop.atelier.platform.BusinessRuleException;

/** Personal data is never sold, rented or traded for marketing (promise S1): no such handover is recorded. */
public class DisclosureForMarketingRefused extends BusinessRuleException {

    DisclosureForMarketingRefused() {
        super("Personal data is never handed to third parties for marketing");
    }
}
