package shop.atelier.production.internal;

import shop.atelier.platform.BusinessRuleException;

/** An account belongs to at most one workshop. */
public class AlreadyMember extends BusinessRuleException {

    public AlreadyMember() {
        super("This craftsman already belongs to a workshop; remove them there first.");
    }
}
