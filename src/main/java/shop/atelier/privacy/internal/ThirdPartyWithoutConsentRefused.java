package shop.atelier.privacy.internal;

import shop.atelier.platform.BusinessRuleException;

/**
 * A third party that is not one of the shop's declared service providers receives personal data
 * only with the person's explicit consent (promise S4): the handover must name the consent record.
 */
public class ThirdPartyWithoutConsentRefused extends BusinessRuleException {

    ThirdPartyWithoutConsentRefused() {
        super("A third party receives personal data only with the person's consent, named by its reference");
    }
}
