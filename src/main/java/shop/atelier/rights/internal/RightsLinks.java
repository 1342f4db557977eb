package shop.atelier.rights.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shop.atelier.platform.SecretToken;

/**
 * Links for requesters: 32 random bytes in the URL, only their SHA-256 in the database, so a copy of
 * the database opens no request. A verification link works once; status and archive links work
 * until they expire.
 */
@Component
class RightsLinks {

    enum Purpose {
        VERIFY,
        STATUS,
        ARCHIVE
    }

    private static final int TOKEN_LENGTH = 43;

    private final JdbcClient jdbc;

    RightsLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String issue(UUID requestId, Purpose purpose, Instant now, Instant expiresAt) {
        var token = SecretToken.random().value();
        jdbc.sql("INSERT INTO rights_links (token_hash, request_id, purpose, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(hash(token), requestId, purpose.name(), Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
        return token;
    }

    /** The request a usable link of this purpose opens, without using it up. */
    Optional<UUID> peek(String token, Purpose purpose, Instant now) {
        if (token.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT request_id FROM rights_links WHERE token_hash = ? AND purpose = ?"
                        + " AND used_at IS NULL AND expires_at > ?")
                .params(hash(token), purpose.name(), Timestamp.from(now))
                .query(UUID.class)
                .optional();
    }

    /** Uses the link up; of two requests racing with the same link, exactly one gets the request. */
    Optional<UUID> use(String token, Purpose purpose, Instant now) {
        if (token.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("UPDATE rights_links SET used_at = ? WHERE token_hash = ? AND purpose = ?"
                        + " AND used_at IS NULL AND expires_at > ? RETURNING request_id")
                .params(Timestamp.from(now), hash(token), purpose.name(), Timestamp.from(now))
                .query(UUID.class)
                .optional();
    }

    long issuedSince(UUID requestId, Purpose purpose, Instant since) {
        return jdbc.sql("SELECT count(*) FROM rights_links WHERE request_id = ? AND purpose = ? AND created_at > ?")
                .params(requestId, purpose.name(), Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    /** Ends every link of the request with this purpose (an expired archive, a closed request). */
    void expireAll(UUID requestId, Purpose purpose, Instant now) {
        jdbc.sql("UPDATE rights_links SET expires_at = ? WHERE request_id = ? AND purpose = ? AND expires_at > ?")
                .params(Timestamp.from(now), requestId, purpose.name(), Timestamp.from(now))
                .update();
    }

    /** Expired links are deleted a day later: kept no longer than their purpose needs. */
    int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM rights_links WHERE expires_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
    }

    static byte[] hash(String token) {
        return SecretToken.hash(token);
    }
}
