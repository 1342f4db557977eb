package shop.atelier.customers.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from a controller, as the form login would: a fresh session id (no session
 * fixation), a fresh CSRF token, and the security context stored in the session.
 */
@Component
class SessionSignIn {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final ChangeSessionIdAuthenticationStrategy sessionFixation = new ChangeSessionIdAuthenticationStrategy();
    private final HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

    SessionSignIn(UserDetailsService users) {
        this.users = users;
    }

    /** Signs in the account with this email (after registration, or after it changed its email). */
    void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        var user = users.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        sessionFixation.onAuthentication(authentication, request, response);
        csrfTokens.saveToken(null, request, response);
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
    }
}
