package shop.atelier.uploads;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores customers' materials encrypted under their scope's data key and reads them back.
 *
 * <p>Content is streamed: it is never held whole in memory (photos are decoded within their pixel
 * limit to strip metadata) and never written to disk in clear.
 */
public interface Uploads {

    /**
     * Stores one material in a scope, creating the scope's data key on first use.
     *
     * @param originalFilename the name the customer's file had; kept only as a sanitized label
     * @param content the content; read to its end (or until a limit is passed), not closed
     * @throws UploadRejected when the content is too large, of a type not allowed for the kind,
     *     corrupt, truncated or (photos) has too many pixels; nothing is stored then
     */
    Material store(UploadScope scope, MaterialKind kind, String originalFilename, InputStream content);

    /** Records whose materials a scope holds (the latest call wins), for rights requests. */
    void assignOwner(UploadScope scope, UploadOwner owner);

    Optional<Material> find(MaterialId id);

    List<Material> materials(UploadScope scope);

    /**
     * The material's content in clear; the caller closes the stream.
     *
     * @throws shop.atelier.platform.NotFoundException when there is no such material
     */
    InputStream open(MaterialId id);

    /** Deletes one material (its row and its file); nothing happens when there is none. */
    void delete(MaterialId id);

    /**
     * Crypto-shreds a scope: deletes its data key, so every file of the scope (every copy, every
     * backup) becomes unreadable, then deletes its files and rows. The scope cannot be used again.
     */
    void destroyScope(UploadScope scope);

    /**
     * Moves materials from one scope to a new one, with the data key: at checkout the cart's
     * materials become the order's. Materials of {@code from} not in {@code keep} are deleted; {@code
     * from} no longer exists afterwards (it is kept as destroyed, so nothing can be stored in it
     * again). Ids in {@code keep} that are not materials of {@code from} are ignored. Kept files stay
     * encrypted as they are: only the wrapped data key moves. Runs in the caller's transaction; files
     * of deleted materials are removed once it commits.
     *
     * @throws IllegalStateException when {@code to} already exists, or when {@code from} does not
     *     exist or was destroyed while {@code keep} is not empty
     */
    void rebind(UploadScope from, UploadScope to, Set<MaterialId> keep);

    /**
     * A short-lived signed link (relative, e.g. {@code /files/…}) through which {@code viewer} may
     * read the material once or several times until it expires (at most five minutes). Every read,
     * and every refused attempt, is recorded in the access log. The caller has checked that the viewer
     * may see the material.
     *
     * <p>Photos and image proofs have a {@link Rendition#THUMBNAIL}; other materials have none.
     *
     * @throws shop.atelier.platform.NotFoundException when there is no such material, or it has no
     *     thumbnail and one was asked for
     */
    String link(MaterialId id, Rendition rendition, Viewer viewer);

    /** The material's current marketing consent; none recorded means not allowed. */
    MarketingConsent marketingConsent(MaterialId id);

    /**
     * Records the customer's choice whether the shop may show the material in its gallery and
     * marketing, with the time and the policy version in force. A revocation takes effect at once.
     *
     * @param method how the choice was made, e.g. {@code upload-form}, {@code order-page} (lower-case
     *     letters, digits and dashes)
     * @throws shop.atelier.platform.NotFoundException when there is no such material
     */
    MarketingConsent recordMarketingConsent(MaterialId id, boolean allowed, String method);

    /**
     * Who read the scope's materials, and who tried and was refused, oldest first: the customer's
     * "who opened my photos" view. Includes reads made while a material belonged to an earlier scope
     * (the cart, before checkout).
     */
    List<MaterialAccess> accessLog(UploadScope scope);
}
