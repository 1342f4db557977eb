package shop.atelier.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that is well-formed but breaks a rule of the domain, such as paying an order twice or
 * shipping one that is not made yet: 409 Conflict, with a message that says which rule.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
