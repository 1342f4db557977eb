package shop.atelier.privacy.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of the audit log and the hash that chains it to the row before. The hash is SHA-256 over
 * a canonical encoding: each field in a fixed order, a null as the byte 0, any other value as the
 * byte 1, its UTF-8 length (4 bytes, big-endian) and its UTF-8 bytes; the sequence as 8 bytes and
 * the time as microseconds since the epoch (what PostgreSQL stores), so no two different entries
 * encode alike.
 */
public record AuditEntry(
        long sequence,
        String previousHash,
        String hash,
        String actor,
        String role,
        @Nullable String workshop,
        String action,
        String resource,
        @Nullable UUID customerId,
        @Nullable String customerEmail,
        @Nullable UUID orderId,
        Instant at) {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The hash this entry's fields call for; differs from {@link #hash()} if a row was edited. */
    public String expectedHash() {
        return hash(
                sequence,
                previousHash,
                actor,
                role,
                workshop,
                action,
                resource,
                customerId,
                customerEmail,
                orderId,
                at);
    }

    static String hash(
            long sequence,
            String previousHash,
            String actor,
            String role,
            @Nullable String workshop,
            String action,
            String resource,
            @Nullable UUID customerId,
            @Nullable String customerEmail,
            @Nullable UUID orderId,
            Instant at) {
        var out = new ByteArrayOutputStream(256);
        out.writeBytes(ByteBuffer.allocate(8).putLong(sequence).array());
        field(out, previousHash);
        field(out, actor);
        field(out, role);
        field(out, workshop);
        field(out, action);
        field(out, resource);
        field(out, customerId == null ? null : customerId.toString());
        field(out, customerEmail);
        field(out, orderId == null ? null : orderId.toString());
        out.writeBytes(ByteBuffer.allocate(8).putLong(micros(at)).array());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    private static void field(ByteArrayOutputStream out, @Nullable String value) {
        if (value == null) {
            out.write(0);
            return;
        }
        var bytes = value.getBytes(StandardCharsets.UTF_8);
        out.write(1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
