package shop.atelier.privacy.internal;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in on this thread, read from Spring Security (the principal name is a login email). */
final class Principals {

    /** What a record made by the shop itself, outside any request, names as its author. */
    static final String SYSTEM = "system";

    private Principals() {}

    static Optional<String> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(authentication.getName());
    }

    static String currentOrSystem() {
        return current().orElse(SYSTEM);
    }
}
