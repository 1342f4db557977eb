package shop.atelier.marketing.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keyed hashes of promotional mail: the suppression hash of an address (HMAC-SHA256 of the
 * trimmed, lower-case address under a shop-wide secret) and the signature of unsubscribe links.
 *
 * <p>The secret is made at random on first use and kept in {@code marketing_keys}; every node reads
 * the same one. It must never change, or the suppression list would no longer match anybody: so it
 * is not configurable. Without the secret, a hash cannot be turned back into an address by trying
 * likely addresses.
 */
@Component
class MarketingKeys {

    private static final String NAME = "address-hmac";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile byte @Nullable [] secret;

    MarketingKeys(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        // The first use may come inside a read-only transaction (an access request's export): the
        // secret is made in a transaction of its own.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The suppression hash of an address: 64 hex digits, the same for any spelling of its case. */
    String addressHash(String email) {
        return HexFormat.of().formatHex(mac("address:" + normalized(email)));
    }

    /** A signature over a value, so a link carrying it cannot be made up or altered. */
    byte[] sign(String purpose, String value) {
        return mac(purpose + ":" + value);
    }

    private byte[] mac(String input) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] secret() {
        var known = secret;
        if (known == null) {
            known = Objects.requireNonNull(ownTransaction.execute(status -> loadOrCreate()));
            secret = known;
        }
        return known;
    }

    private byte[] loadOrCreate() {
        var fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Several nodes may start at once: the first insert wins and everybody reads it.
        jdbc.sql("insert into marketing_keys (name, secret, created_at) values (:name, :secret, :now) "
                        + "on conflict (name) do nothing")
                .param("name", NAME)
                .param("secret", fresh)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql("select secret from marketing_keys where name = :name")
                .param("name", NAME)
                .query(byte[].class)
                .single();
    }
}
