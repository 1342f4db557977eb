package shop.atelier.production.internal;

import shop.atelier.platform.BusinessRuleException;
import shop.atelier.production.JobState;

/** A job cannot go from its state to the one asked for, e.g. finishing a job that was not started. */
public class IllegalJobTransition extends BusinessRuleException {

    public IllegalJobTransition(JobState from, JobState to) {
        super("A job that is " + from + " cannot become " + to + ".");
    }
}
