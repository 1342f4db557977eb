package shop.atelier.privacy.internal.policy;

import shop.atelier.platform.BusinessRuleException;

/** Every version of the policy has its own label: consent records name versions by it. */
public class PolicyLabelTaken extends BusinessRuleException {

    public PolicyLabelTaken(String label) {
        super("A policy version labelled " + label + " exists already");
    }
}
