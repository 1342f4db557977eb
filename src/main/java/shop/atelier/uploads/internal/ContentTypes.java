package shop.atelier.uploads.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadRejected;
import shop.atelier.uploads.UploadRejected.Reason;

/**
 * Decides what a file is from its first bytes (Apache Tika's magic), never from its name or the
 * type the browser declared, and checks it against what the kind allows.
 *
 * <p>A proof that is a picture is re-encoded like a photo; a PDF is stored as it is (it is the shop's
 * own file, and it is only ever served with a policy that runs nothing).
 *
 * <p>HEIC is not allowed: ImageIO cannot decode it, so its metadata (GPS position) could not be
 * stripped, and storing it as uploaded would break that promise.
 */
final class ContentTypes {

    static final Map<MaterialKind, Set<String>> ALLOWED = Map.of(
            MaterialKind.PHOTO, Set.of("image/jpeg", "image/png", "image/webp"),
            MaterialKind.VIDEO, Set.of("video/mp4", "video/quicktime"),
            MaterialKind.TEXT, Set.of("text/plain"),
            MaterialKind.PROOF, Set.of("image/jpeg", "image/png", "image/webp", "application/pdf"));

    /** Bytes Tika may look at; enough for every magic it knows. */
    static final int DETECTION_BYTES = 64 * 1024;

    private static final Tika TIKA = new Tika();

    private ContentTypes() {}

    /** Detects the type; the stream is reset to where it was. */
    static String detect(BufferedInputStream content, MaterialKind kind) {
        String type;
        try {
            type = TIKA.detect(content);
        } catch (IOException e) {
            throw new UploadRejected(Reason.TRUNCATED, "the upload broke off: " + e.getMessage());
        }
        if (!ALLOWED.get(kind).contains(type)) {
            throw new UploadRejected(Reason.TYPE_NOT_ALLOWED, type + " is not allowed for " + kind);
        }
        return type;
    }
}
