package shop.atelier.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import shop.atelier.platform.Roles;

/**
 * One place that decides who reaches which URL (promise D1). Modules follow the URL conventions:
 * storefront pages are public, {@code /account/**} needs a signed-in person, {@code /staff/**} the
 * STAFF role, {@code /admin/**} ADMIN. The JSON API under {@code /api/**} is stateless (HTTP Basic,
 * never the browser session), so it needs no CSRF token and cannot be driven by another site.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; media-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Roles.ADMIN)
                .implies(Roles.STAFF, Roles.PRIVACY_OFFICER)
                .role(Roles.PRIVACY_OFFICER)
                .implies(Roles.STAFF)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/api/v1/catalog/**", "/api/v1/carts/**", "/api/v1/checkout/**")
                        .permitAll()
                        .requestMatchers("/api/v1/staff/**")
                        .hasRole(Roles.STAFF)
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            @Value("${atelier.security.login-attempts:10}") int loginAttempts,
            @Value("${atelier.security.login-window:PT1M}") Duration loginWindow)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                PathRequest.toStaticResources().atCommonLocations())
                        .permitAll()
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/admin/**")
                        .hasRole(Roles.ADMIN)
                        .requestMatchers("/staff/privacy/**")
                        .hasRole(Roles.PRIVACY_OFFICER)
                        .requestMatchers("/staff/**")
                        .hasRole(Roles.STAFF)
                        .requestMatchers("/workshop/**")
                        .hasRole(Roles.WORKSHOP)
                        .requestMatchers("/account/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LandingPage())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signed-out")
                        .permitAll())
                // The token lives in a cookie, not the session: browsing creates no server-side session.
                // One-click unsubscribe (RFC 8058) is a POST from a mail client, without cookies: the
                // unguessable link itself is the authority, so it needs no CSRF token.
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers("/webhooks/**", "/unsubscribe/**"))
                .addFilterBefore(
                        new LoginRateLimitFilter(loginAttempts, loginWindow),
                        UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /**
     * Where a sign-in lands when it did not interrupt a visit: a craftsman (whose account is for the
     * workshop portal only) in the portal, everyone else in their account.
     */
    static final class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {
        @Override
        protected String determineTargetUrl(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
            var roles = authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith("ROLE_"))
                    .toList();
            return roles.equals(List.of("ROLE_" + Roles.WORKSHOP)) ? "/workshop" : "/account";
        }
    }
}
