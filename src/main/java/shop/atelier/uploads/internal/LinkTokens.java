package shop.atelier.uploads.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.Viewer;

/**
 * Signs and verifies the tokens of links to materials: a payload (material, rendition, expiry,
 * viewer) and its HMAC-SHA256 under a Tink MAC keyset. The keyset is created once for the whole shop
 * and kept in the database wrapped by the master key, so links survive restarts and work on every
 * node. A link bound to a principal carries a MAC of the principal's name rather than the name (an
 * email address has no place in a URL).
 */
class LinkTokens {

    static final String TEMPLATE = "HMAC_SHA256_256BITTAG";
    static final int MAX_TOKEN_LENGTH = 2048;
    private static final byte VERSION = 1;
    private static final byte[] KEY_ASSOCIATED_DATA = "atelier-link-key".getBytes(StandardCharsets.UTF_8);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a verified token grants. */
    record Claims(
            MaterialId material,
            Rendition rendition,
            Instant expiresAt,
            String role,
            String subject,
            byte @Nullable [] principalTag,
            String purpose) {

        boolean bound() {
            return principalTag != null;
        }
    }

    /** Why a token was refused; the code is what the access log records. */
    enum Refusal {
        MALFORMED("malformed"),
        TAMPERED("tampered"),
        EXPIRED("expired"),
        NOT_SIGNED_IN("not-signed-in"),
        WRONG_PRINCIPAL("wrong-principal"),
        NO_CONSENT("no-marketing-consent"),
        NOT_FOUND("not-found");

        final String code;

        Refusal(String code) {
            this.code = code;
        }
    }

    /** A token that was refused, with what it claimed when its signature held. */
    static final class Refused extends Exception {
        final Refusal refusal;
        final @Nullable Claims claims;

        Refused(Refusal refusal, @Nullable Claims claims) {
            super(refusal.code, null, false, false);
            this.refusal = refusal;
            this.claims = claims;
        }
    }

    private final JdbcClient jdbc;
    private final Aead masterKey;
    private final String keyName;
    private final Clock clock;
    private volatile @Nullable Mac mac;

    /** The link key is named after the master key that wraps it. */
    LinkTokens(JdbcClient jdbc, MasterKey.Loaded masterKey, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey.aead();
        this.keyName = "links-" + Integer.toUnsignedString(masterKey.id());
        this.clock = clock;
    }

    String sign(MaterialId material, Rendition rendition, Instant expiresAt, Viewer viewer) {
        var payload = new ByteArrayOutputStream(128);
        try (var out = new DataOutputStream(payload)) {
            out.writeByte(VERSION);
            out.writeLong(material.value().getMostSignificantBits());
            out.writeLong(material.value().getLeastSignificantBits());
            out.writeByte(rendition.ordinal());
            out.writeLong(expiresAt.getEpochSecond());
            out.writeUTF(viewer.role());
            out.writeUTF(viewer.subject());
            out.writeUTF(viewer.purpose());
            var tag = viewer.boundPrincipal() == null ? new byte[0] : principalTag(viewer.boundPrincipal());
            out.writeByte(tag.length);
            out.write(tag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var bytes = payload.toByteArray();
        try {
            return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac().computeMac(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a link", e);
        }
    }

    /**
     * The token's claims, if its signature holds, it has not expired and, when bound, the request is
     * signed in as the principal it is bound to.
     *
     * @param principal the name of the principal the request is signed in as; {@code null} when
     *     nobody is
     */
    Claims verify(String token, @Nullable String principal) throws Refused {
        var claims = authentic(token);
        if (!clock.instant().isBefore(claims.expiresAt())) {
            throw new Refused(Refusal.EXPIRED, claims);
        }
        if (claims.bound()) {
            if (principal == null) {
                throw new Refused(Refusal.NOT_SIGNED_IN, claims);
            }
            if (!MessageDigest.isEqual(claims.principalTag(), principalTag(principal))) {
                throw new Refused(Refusal.WRONG_PRINCIPAL, claims);
            }
        }
        return claims;
    }

    private Claims authentic(String token) throws Refused {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new Refused(Refusal.MALFORMED, null);
        }
        var dot = token.indexOf('.');
        if (dot < 0 || token.indexOf('.', dot + 1) >= 0) {
            throw new Refused(Refusal.MALFORMED, null);
        }
        byte[] payload;
        byte[] tag;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            tag = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new Refused(Refusal.MALFORMED, null);
        }
        try {
            // Tink compares the tags in constant time.
            mac().verifyMac(tag, payload);
        } catch (GeneralSecurityException e) {
            throw new Refused(Refusal.TAMPERED, null);
        }
        try (var in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readByte() != VERSION) {
                throw new Refused(Refusal.MALFORMED, null);
            }
            var material = new MaterialId(new UUID(in.readLong(), in.readLong()));
            var rendition = Rendition.values()[in.readByte()];
            var expiresAt = Instant.ofEpochSecond(in.readLong());
            var role = in.readUTF();
            var subject = in.readUTF();
            var purpose = in.readUTF();
            var tagLength = in.readUnsignedByte();
            var principalTag = tagLength == 0 ? null : in.readNBytes(tagLength);
            return new Claims(material, rendition, expiresAt, role, subject, principalTag, purpose);
        } catch (IOException | RuntimeException e) {
            throw new Refused(Refusal.MALFORMED, null);
        }
    }

    private byte[] principalTag(String principal) {
        try {
            return mac().computeMac(("atelier-link-principal:" + principal).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a link", e);
        }
    }

    /**
     * The shop's link key, created by the first node that needs it (the first insert wins); read
     * lazily, since the database may not be migrated yet when the bean is made.
     */
    private Mac mac() {
        var current = mac;
        if (current == null) {
            synchronized (this) {
                current = mac;
                if (current == null) {
                    current = loadOrCreate();
                    mac = current;
                }
            }
        }
        return current;
    }

    private Mac loadOrCreate() {
        try {
            var wrapped = stored();
            if (wrapped == null) {
                var keyset = KeysetHandle.generateNew(KeyTemplates.get(TEMPLATE));
                jdbc.sql("""
                                insert into upload_link_keys (name, wrapped_keyset, created_at)
                                values (:name, :wrapped, :now)
                                on conflict (name) do nothing""")
                        .param("name", keyName)
                        .param(
                                "wrapped",
                                TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, masterKey, KEY_ASSOCIATED_DATA))
                        .param("now", Timestamp.from(clock.instant()))
                        .update();
                wrapped = stored();
            }
            if (wrapped == null) {
                throw new IllegalStateException("the link key was not stored");
            }
            return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, masterKey, KEY_ASSOCIATED_DATA)
                    .getPrimitive(RegistryConfiguration.get(), Mac.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the link key (wrong master key?)", e);
        }
    }

    private byte @Nullable [] stored() {
        return jdbc.sql("select wrapped_keyset from upload_link_keys where name = :name")
                .param("name", keyName)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .orElse(null);
    }
}
