package shop.atelier.customers.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account, on every node: after a password reset (whoever knew the old
 * password is signed out) and when the account is erased.
 */
@Component
class SignedInSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    void endAll(String email) {
        sessions.ifAvailable(
                repository -> repository.findByPrincipalName(email).keySet().forEach(repository::deleteById));
    }
}
