package shop.atelier.customers.internal;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets the platform's form login and HTTP Basic sign people in by email: each role of the account
 * becomes the authority {@code ROLE_<role>}. Hashes in an outdated format are upgraded on the next
 * successful sign-in.
 */
@Service
@Transactional
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(Emails.normalize(username))
                .map(AccountUserDetailsService::userDetails)
                .orElseThrow(() -> new UsernameNotFoundException("No account for this email"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        var account = accounts.findByEmail(Emails.normalize(user.getUsername()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for this email"));
        account.changePasswordHash(newPassword);
        return userDetails(accounts.save(account));
    }

    static UserDetails userDetails(Account account) {
        return User.withUsername(account.email())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .roles(account.roles().toArray(String[]::new))
                .build();
    }
}
