package shop.atelier.rights.internal;

import shop.atelier.platform.BusinessRuleException;

/** A step that the request's state does not allow, such as erasing for a request not yet verified. */
public class RequestStateRefused extends BusinessRuleException {

    public RequestStateRefused(String message) {
        super(message);
    }
}
