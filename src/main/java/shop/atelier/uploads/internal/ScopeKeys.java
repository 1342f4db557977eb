package shop.atelier.uploads.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.uploads.UploadOwner;
import shop.atelier.uploads.UploadRejected;
import shop.atelier.uploads.UploadScope;

/**
 * The data key of each scope: a Tink streaming AEAD keyset (AES256_GCM_HKDF_1MB: large segments
 * keep encryption near disk speed; a reader holds one segment, 1 MB, in memory), stored only
 * wrapped by the master key, with the scope as associated data (a wrapped key copied to another
 * scope's row does not open). Destroying a scope deletes the wrapped key and keeps a tombstone.
 */
class ScopeKeys {

    static final String TEMPLATE = "AES256_GCM_HKDF_1MB";

    private final JdbcClient jdbc;
    private final Aead masterKey;
    private final Clock clock;

    ScopeKeys(JdbcClient jdbc, Aead masterKey, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    /**
     * The scope's key, created on first use (safe when several nodes race: the first insert wins).
     *
     * @throws UploadRejected when the scope was destroyed
     */
    StreamingAead obtain(UploadScope scope) {
        var existing = wrapped(scope);
        if (existing.isEmpty()) {
            jdbc.sql("""
                            insert into upload_scopes (scope_kind, scope_id, wrapped_keyset, created_at)
                            values (:kind, :id, :wrapped, :now)
                            on conflict (scope_kind, scope_id) do nothing""")
                    .param("kind", scope.kind())
                    .param("id", scope.id())
                    .param("wrapped", wrap(scope, newKeyset()))
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            existing = wrapped(scope);
        }
        var row = existing.orElseThrow();
        if (row.keyset() == null) {
            throw new UploadRejected(UploadRejected.Reason.SCOPE_DESTROYED, "scope " + scope + " was destroyed");
        }
        return unwrap(scope, row.keyset());
    }

    /** The scope's key, if it exists and was not destroyed. */
    Optional<StreamingAead> find(UploadScope scope) {
        return wrapped(scope).filter(row -> row.keyset() != null).map(row -> unwrap(scope, row.keyset()));
    }

    void assignOwner(UploadScope scope, UploadOwner owner) {
        obtain(scope);
        jdbc.sql("""
                        update upload_scopes set owner_email = :email, owner_customer_id = :customer
                        where scope_kind = :kind and scope_id = :id and destroyed_at is null""")
                .param("email", owner.email())
                .param("customer", owner.customerId())
                .param("kind", scope.kind())
                .param("id", scope.id())
                .update();
    }

    /**
     * Gives {@code to} the key and owner of {@code from}, re-wrapped for {@code to}; {@code from}
     * keeps its key until it is destroyed. Locks {@code from}'s row until the transaction ends.
     *
     * @return false when {@code from} does not exist or was destroyed
     * @throws IllegalStateException when {@code to} exists already
     */
    boolean moveTo(UploadScope from, UploadScope to) {
        var row = jdbc.sql("""
                        select wrapped_keyset, owner_email, owner_customer_id from upload_scopes
                        where scope_kind = :kind and scope_id = :id and destroyed_at is null
                        for update""")
                .param("kind", from.kind())
                .param("id", from.id())
                .query((rs, n) -> new Moving(rs.getBytes(1), rs.getString(2), rs.getObject(3, java.util.UUID.class)))
                .optional();
        if (row.isEmpty()) {
            return false;
        }
        var moving = row.get();
        var key = TinkKeys.rewrap(moving.keyset(), masterKey, associatedData(from), associatedData(to));
        var inserted = jdbc.sql("""
                        insert into upload_scopes (scope_kind, scope_id, wrapped_keyset, owner_email, owner_customer_id,
                            created_at)
                        values (:kind, :id, :wrapped, :email, :customer, :now)
                        on conflict (scope_kind, scope_id) do nothing""")
                .param("kind", to.kind())
                .param("id", to.id())
                .param("wrapped", key)
                .param("email", moving.ownerEmail())
                .param("customer", moving.ownerCustomerId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            throw new IllegalStateException("scope " + to + " exists already");
        }
        return true;
    }

    private record Moving(byte[] keyset, @Nullable String ownerEmail, java.util.@Nullable UUID ownerCustomerId) {}

    /** Deletes the wrapped key and the owner, keeping the scope as destroyed. */
    void destroy(UploadScope scope) {
        jdbc.sql("""
                        insert into upload_scopes (scope_kind, scope_id, created_at, destroyed_at)
                        values (:kind, :id, :now, :now)
                        on conflict (scope_kind, scope_id) do update
                        set wrapped_keyset = null, owner_email = null, owner_customer_id = null,
                            destroyed_at = coalesce(upload_scopes.destroyed_at, excluded.destroyed_at)""")
                .param("kind", scope.kind())
                .param("id", scope.id())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private record Row(byte @Nullable [] keyset) {}

    private Optional<Row> wrapped(UploadScope scope) {
        return jdbc.sql("select wrapped_keyset from upload_scopes where scope_kind = :kind and scope_id = :id")
                .param("kind", scope.kind())
                .param("id", scope.id())
                .query((rs, n) -> new Row(rs.getBytes(1)))
                .optional();
    }

    private static KeysetHandle newKeyset() {
        try {
            return KeysetHandle.generateNew(KeyTemplates.get(TEMPLATE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a data key", e);
        }
    }

    private byte[] wrap(UploadScope scope, KeysetHandle keyset) {
        try {
            return TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, masterKey, associatedData(scope));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap the data key of " + scope, e);
        }
    }

    private StreamingAead unwrap(UploadScope scope, byte[] wrapped) {
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, masterKey, associatedData(scope))
                    .getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot unwrap the data key of " + scope + " (wrong master key?)", e);
        }
    }

    /** Re-wraps a keyset for another scope. */
    private static final class TinkKeys {
        static byte[] rewrap(byte[] wrapped, Aead masterKey, byte[] fromData, byte[] toData) {
            try {
                var keyset = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, masterKey, fromData);
                return TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, masterKey, toData);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot re-wrap a data key (wrong master key?)", e);
            }
        }
    }

    private static byte[] associatedData(UploadScope scope) {
        return ("atelier-upload-scope:" + scope).getBytes(StandardCharsets.UTF_8);
    }
}
