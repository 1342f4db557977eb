package shop.atelier.customers.internal;

import shop.atelier.platform.BusinessRuleException;

/** A new password breaks the {@link PasswordPolicy}. */
public class PasswordRefused extends BusinessRuleException {

    private final PasswordPolicy.Problem problem;

    PasswordRefused(PasswordPolicy.Problem problem) {
        super("The password is not accepted: " + problem);
        this.problem = problem;
    }

    public PasswordPolicy.Problem problem() {
        return problem;
    }
}
