package shop.atelier.production.internal.web.portal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import shop.atelier.platform.Roles;
import shop.atelier.production.internal.WorkshopPortal;

/**
 * The portal's own check that the request comes from a craftsman of a workshop, made on every
 * request whatever the central security rules say: anonymous requests are sent to sign in, other
 * roles and removed members get 403.
 */
@Component
class Craftsmen {

    private static final String AUTHORITY = "ROLE_" + Roles.WORKSHOP;

    private final WorkshopPortal portal;

    Craftsmen(WorkshopPortal portal) {
        this.portal = portal;
    }

    WorkshopPortal.Membership current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || authentication.getAuthorities().stream().noneMatch(a -> AUTHORITY.equals(a.getAuthority()))) {
            throw new AccessDeniedException("The workshop portal is for craftsmen");
        }
        return portal.membership(authentication.getName());
    }
}
