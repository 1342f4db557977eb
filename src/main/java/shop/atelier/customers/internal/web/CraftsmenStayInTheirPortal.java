package shop.atelier.customers.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import shop.atelier.platform.Roles;

/**
 * A craftsman's account exists only to open the workshop portal: the customer's account pages
 * (contact details, addresses) are not theirs. Signing in lands them in the portal (see the
 * platform's security configuration); the account pages answer 404 to them, so they cannot, for
 * example, change the address the portal knows them by.
 */
@Configuration
class CraftsmenStayInTheirPortal implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<String> CRAFTSMAN_ONLY = Set.of("ROLE_" + Roles.WORKSHOP);

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/account", "/account/profile", "/account/addresses/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return true;
        }
        var roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .collect(Collectors.toSet());
        if (!roles.equals(CRAFTSMAN_ONLY)) {
            return true;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return false;
    }
}
