package shop.atelier.uploads;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored material, as described by its row (the content is read with {@link Uploads#open}).
 *
 * @param contentType the type of the stored content, decided from the content (for photos, the type
 *     they were re-encoded to)
 * @param size the size of the stored content in bytes (in clear)
 * @param label the original file name, sanitized; only ever shown, never used as a path
 * @param width pixel width, for photos
 * @param height pixel height, for photos
 */
public record Material(
        MaterialId id,
        UploadScope scope,
        MaterialKind kind,
        String contentType,
        long size,
        String label,
        @Nullable Integer width,
        @Nullable Integer height,
        Instant createdAt) {}
