package shop.atelier.marketing.internal;

import shop.atelier.platform.BusinessRuleException;

/** A campaign is sent once: only a draft can be started. */
public class CampaignAlreadySent extends BusinessRuleException {

    public CampaignAlreadySent(CampaignStatus status) {
        super("Only a draft campaign can be sent; this one is " + status);
    }
}
