package shop.atelier.uploads.internal;

import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import shop.atelier.platform.NotFoundException;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialAccess.Outcome;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.Viewer;

/**
 * Serves a material through a signed link: verifies the token (signature, expiry, the principal it
 * is bound to), opens the rendition and records the read, or records the refusal and says why. For
 * the link controller; not part of the module's API.
 */
public final class SignedLinks {

    /** A rendition in clear, ready to stream; the caller closes the content. */
    public record Served(
            Material material, Rendition rendition, String contentType, long length, InputStream content) {}

    /** A link that does not open; the attempt is in the access log already. */
    public static final class Refused extends RuntimeException {
        private final String reason;

        Refused(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }

        /** The reason recorded, e.g. {@code expired}; {@code not-found} when the material is gone. */
        public String reason() {
            return reason;
        }

        public boolean notFound() {
            return LinkTokens.Refusal.NOT_FOUND.code.equals(reason);
        }
    }

    private final LinkTokens tokens;
    private final UploadsService uploads;
    private final AccessLog log;

    SignedLinks(LinkTokens tokens, UploadsService uploads, AccessLog log) {
        this.tokens = tokens;
        this.uploads = uploads;
        this.log = log;
    }

    /**
     * @param principal the name the request is signed in as; {@code null} when nobody is signed in
     * @throws Refused when the link is malformed, tampered with, expired, bound to someone else, or
     *     its material (or thumbnail) is gone
     */
    public Served open(String token, @Nullable String principal) {
        LinkTokens.Claims claims;
        try {
            claims = tokens.verify(token, principal);
        } catch (LinkTokens.Refused refused) {
            throw refuse(token, principal, refused.claims, refused.refusal);
        }
        var material = uploads.find(claims.material()).orElse(null);
        if (material == null) {
            throw refuse(token, principal, claims, LinkTokens.Refusal.NOT_FOUND);
        }
        if (Viewer.MARKETING_PURPOSES.contains(claims.purpose())
                && !uploads.marketingConsent(material.id()).allowed()) {
            // Withdrawn after the link was made: the withdrawal counts at once (promise M1).
            throw refuse(token, principal, claims, LinkTokens.Refusal.NO_CONSENT);
        }
        Served served;
        try {
            served = switch (claims.rendition()) {
                case THUMBNAIL -> {
                    var size = uploads.thumbnailSize(material.id())
                            .orElseThrow(() -> new NotFoundException("no thumbnail"));
                    yield new Served(
                            material, claims.rendition(), "image/jpeg", size, uploads.openThumbnail(material.id()));
                }
                case CONTENT, DOWNLOAD ->
                    new Served(
                            material,
                            claims.rendition(),
                            servedType(material.contentType()),
                            material.size(),
                            uploads.open(material.id()));
            };
        } catch (NotFoundException e) {
            throw refuse(token, principal, claims, LinkTokens.Refusal.NOT_FOUND);
        }
        log.record(entry(material, token, principal, claims, Outcome.GRANTED, null));
        return served;
    }

    /** Text is served with its character set, so no browser guesses another. */
    static String servedType(String contentType) {
        return contentType.equals("text/plain") ? "text/plain;charset=UTF-8" : contentType;
    }

    private Refused refuse(
            String token, @Nullable String principal, LinkTokens.@Nullable Claims claims, LinkTokens.Refusal refusal) {
        if (claims == null) {
            log.record(new AccessLog.Entry(
                    null, null, null, null, null, principal, null, Outcome.DENIED, refusal.code, token));
        } else {
            var material = uploads.find(claims.material()).orElse(null);
            log.record(entry(material, token, principal, claims, Outcome.DENIED, refusal.code));
        }
        return new Refused(refusal.code);
    }

    private static AccessLog.Entry entry(
            @Nullable Material material,
            String token,
            @Nullable String principal,
            LinkTokens.Claims claims,
            Outcome outcome,
            @Nullable String reason) {
        return new AccessLog.Entry(
                claims.material(),
                material == null ? null : material.scope(),
                claims.rendition(),
                claims.role(),
                claims.subject(),
                principal,
                claims.purpose(),
                outcome,
                reason,
                token);
    }
}
