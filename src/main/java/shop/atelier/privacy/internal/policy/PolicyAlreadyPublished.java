package shop.atelier.privacy.internal.policy;

import shop.atelier.platform.BusinessRuleException;

/** A published version of the policy is never changed nor published again. */
public class PolicyAlreadyPublished extends BusinessRuleException {

    public PolicyAlreadyPublished(String label) {
        super("The policy version " + label + " is already published and can no longer change");
    }
}
