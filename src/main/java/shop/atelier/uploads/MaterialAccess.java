package shop.atelier.uploads;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a material's access log: a read through a signed link, or an attempt that was
 * refused (promise M3).
 *
 * @param scope the scope the material belonged to at the time
 * @param viewerRole the role the link was made for, e.g. {@code CUSTOMER}, {@code STAFF}
 * @param subject who the link was made for (a customer id, a staff login, a workshop id, an order
 *     number); {@code null} once erased
 * @param principal who was signed in when the link was used; {@code null} when nobody was (or once
 *     erased)
 * @param purpose why the material was read, e.g. {@code order-page}, {@code gallery}
 * @param reason why an attempt was refused, e.g. {@code expired}, {@code wrong-principal}; {@code
 *     null} when granted
 */
public record MaterialAccess(
        MaterialId material,
        UploadScope scope,
        Rendition rendition,
        String viewerRole,
        @Nullable String subject,
        @Nullable String principal,
        String purpose,
        Outcome outcome,
        @Nullable String reason,
        Instant at) {

    /** Whether the material was served. */
    public enum Outcome {
        GRANTED,
        DENIED
    }
}
