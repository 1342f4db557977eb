package shop.atelier.customers.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.Notifications;
import shop.atelier.platform.SecretToken;
import shop.atelier.platform.ShopProperties;

/**
 * Password reset by emailed link. The link carries 32 random bytes; only their SHA-256 is stored,
 * so a copy of the database cannot reset anyone's password. A link works once, for a limited time
 * (one hour unless configured otherwise), and whether an account exists is never revealed.
 */
@Service
@Transactional
public class PasswordResets {

    static final String SUBJECT_KEY = "customers.mail.reset.subject";
    static final String TEMPLATE = "mail/customers/password-reset";
    static final String INVITATION_SUBJECT_KEY = "customers.mail.workshop-invitation.subject";
    static final String INVITATION_TEMPLATE = "mail/customers/workshop-invitation";
    /** A craftsman may not read the invitation within the hour a reset link lasts. */
    static final Duration INVITATION_VALIDITY = Duration.ofDays(3);

    private static final int TOKEN_LENGTH = 43; // 32 bytes in unpadded base64url
    static final Duration KEEP_AFTER_EXPIRY = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Notifications notifications;
    private final SignedInSessions sessions;
    private final ShopProperties shop;
    private final PasswordResetProperties properties;
    private final Clock clock;

    PasswordResets(
            Accounts accounts,
            JdbcClient jdbc,
            PasswordEncoder passwordEncoder,
            Notifications notifications,
            SignedInSessions sessions,
            ShopProperties shop,
            PasswordResetProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.notifications = notifications;
        this.sessions = sessions;
        this.shop = shop;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends a reset link if an enabled account has this email; otherwise does nothing. The caller
     * answers the same either way. The mail is written to the outbox in this transaction.
     */
    public void request(String email) {
        var account = accounts.findByEmail(Emails.normalize(email)).filter(Account::enabled);
        if (account.isEmpty()) {
            return;
        }
        var accountId = account.get().id();
        var now = clock.instant();
        deleteExpired(now);
        var sentLastHour = jdbc.sql(
                        "SELECT count(*) FROM account_password_resets WHERE account_id = ? AND created_at > ?")
                .params(accountId, Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Long.class)
                .single();
        if (sentLastHour >= properties.maxPerHour()) {
            log.info("Password reset for account {} not sent: {} links in the last hour", accountId, sentLastHour);
            return;
        }
        var token = newToken();
        jdbc.sql("INSERT INTO account_password_resets (token_hash, account_id, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?)")
                .params(hash(token), accountId, Timestamp.from(now), Timestamp.from(now.plus(properties.validity())))
                .update();
        notifications.enqueue(Email.transactional(
                account.get().email(),
                SUBJECT_KEY,
                TEMPLATE,
                Map.of(
                        "link",
                        link(token),
                        "validMinutes",
                        properties.validity().toMinutes())));
    }

    /**
     * Sends a craftsman's account the link to choose a password, valid for {@link
     * #INVITATION_VALIDITY}. Staff invite on purpose, so only the hourly limit applies, not the
     * "does the account exist" silence of {@link #request(String)}.
     */
    void invite(UUID accountId, String workshopUserName) {
        var account = accounts.findById(accountId).orElseThrow();
        var now = clock.instant();
        deleteExpired(now);
        var sentLastHour = jdbc.sql(
                        "SELECT count(*) FROM account_password_resets WHERE account_id = ? AND created_at > ?")
                .params(accountId, Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Long.class)
                .single();
        if (sentLastHour >= properties.maxPerHour()) {
            log.info("Invitation for account {} not sent: {} links in the last hour", accountId, sentLastHour);
            return;
        }
        var token = newToken();
        jdbc.sql("INSERT INTO account_password_resets (token_hash, account_id, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?)")
                .params(hash(token), accountId, Timestamp.from(now), Timestamp.from(now.plus(INVITATION_VALIDITY)))
                .update();
        notifications.enqueue(Email.transactional(
                account.email(),
                INVITATION_SUBJECT_KEY,
                INVITATION_TEMPLATE,
                Map.of("link", link(token), "name", workshopUserName, "validDays", INVITATION_VALIDITY.toDays())));
    }

    /** A password hash nobody can match: of 32 random bytes that are thrown away. */
    String unusablePasswordHash() {
        return passwordEncoder.encode(newToken());
    }

    /**
     * Links are deleted a day after they expire, kept no longer than their purpose needs (R1). Done
     * whenever a link is asked for, so the table stays as small as the requests of one day.
     */
    private void deleteExpired(Instant now) {
        jdbc.sql("DELETE FROM account_password_resets WHERE expires_at < ?")
                .param(Timestamp.from(now.minus(KEEP_AFTER_EXPIRY)))
                .update();
    }

    /** Whether the link still works (for showing the form); does not use it up. */
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return usableAccount(token).isPresent();
    }

    /**
     * Sets the new password and uses the link up, together with every other open link of the
     * account; then signs the account out everywhere.
     *
     * @throws ResetLinkInvalid if the link is unknown, expired or used
     * @throws PasswordRefused if the password breaks the {@link PasswordPolicy}
     */
    public void reset(String token, String newPassword) {
        var accountId = usableAccount(token).orElseThrow(ResetLinkInvalid::new);
        var account = accounts.findById(accountId).orElseThrow(ResetLinkInvalid::new);
        var problem = PasswordPolicy.check(newPassword, account.email());
        if (problem.isPresent()) {
            throw new PasswordRefused(problem.get());
        }
        var now = Timestamp.from(clock.instant());
        // Conditional update: of two requests racing with the same link, exactly one wins.
        var used = jdbc.sql("UPDATE account_password_resets SET used_at = ?"
                        + " WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(now, hash(token), now)
                .update();
        if (used != 1) {
            throw new ResetLinkInvalid();
        }
        jdbc.sql("UPDATE account_password_resets SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
                .params(now, accountId)
                .update();
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        accounts.save(account);
        sessions.endAll(account.email());
    }

    private Optional<UUID> usableAccount(String token) {
        if (token.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT r.account_id FROM account_password_resets r JOIN accounts a ON a.id = r.account_id"
                        + " WHERE r.token_hash = ? AND r.used_at IS NULL AND r.expires_at > ? AND a.enabled")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional();
    }

    private String newToken() {
        return SecretToken.random().value();
    }

    private String link(String token) {
        var baseUrl = shop.baseUrl();
        if (baseUrl == null) {
            throw new IllegalStateException("atelier.shop.base-url must be set for links in emails");
        }
        return UriComponentsBuilder.fromUri(baseUrl)
                .path("/password-reset/{token}")
                .buildAndExpand(token)
                .toUriString();
    }

    /** The stored form of a token: its SHA-256. */
    static byte[] hash(String token) {
        return SecretToken.hash(token);
    }
}
