package shop.atelier.production.internal;

import shop.atelier.platform.BusinessRuleException;

/** Two workshops may not share a name: the customer sees the name in their disclosures and audit log. */
public class WorkshopNameTaken extends BusinessRuleException {

    public WorkshopNameTaken() {
        super("Another workshop already has this name.");
    }
}
