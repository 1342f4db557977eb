package shop.atelier.uploads.internal;

import java.io.InputStream;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.Roles;
import shop.atelier.privacy.AuditLog;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialAccess.Outcome;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Viewer;

/**
 * Serves a material through a signed link: verifies the token (signature, expiry, the principal it
 * is bound to), opens the rendition and records the read, or records the refusal and says why. A
 * read by the shop's team or a workshop also goes to the privacy module's tamper-evident audit log,
 * which the customer sees (promise M3). For the link controller; not part of the module's API.
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

    /** The viewer roles whose reads are audited: people other than the customer. */
    static final Set<String> AUDITED_ROLES = Set.of(Roles.STAFF, Roles.PRIVACY_OFFICER, Roles.ADMIN, Roles.WORKSHOP);

    private final LinkTokens tokens;
    private final UploadsService uploads;
    private final AccessLog log;
    private @Nullable AuditLog audit;
    private @Nullable JdbcClient jdbc;

    SignedLinks(LinkTokens tokens, UploadsService uploads, AccessLog log) {
        this.tokens = tokens;
        this.uploads = uploads;
        this.log = log;
    }

    /**
     * The audit log and the database the material's owner is read from. Injected by the container
     * (the bean is made by {@link UploadsConfiguration}); a read by staff or a workshop fails rather
     * than go unaudited when they are missing.
     */
    @Autowired
    void audit(AuditLog audit, JdbcClient jdbc) {
        this.audit = audit;
        this.jdbc = jdbc;
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
        try {
            if (AUDITED_ROLES.contains(claims.role())) {
                audit(material, claims, principal);
            }
        } catch (RuntimeException e) {
            closeQuietly(served.content(), e);
            throw e;
        }
        log.record(entry(material, token, principal, claims, Outcome.GRANTED, null));
        return served;
    }

    private void audit(Material material, LinkTokens.Claims claims, @Nullable String principal) {
        if (audit == null || jdbc == null) {
            throw new IllegalStateException("no audit log: a read by " + claims.role() + " cannot be recorded");
        }
        var scope = material.scope();
        var owner = jdbc.sql("select owner_email, owner_customer_id from upload_scopes where scope_kind = :kind"
                        + " and scope_id = :id")
                .param("kind", scope.kind())
                .param("id", scope.id())
                .query((rs, n) -> new Owner(rs.getString(1), rs.getObject(2, UUID.class)))
                .optional()
                .orElse(new Owner(null, null));
        var workshop = Roles.WORKSHOP.equals(claims.role()) ? claims.subject() : null;
        audit.record(
                principal != null ? principal : claims.subject(),
                claims.role(),
                workshop,
                "open-material",
                "material:" + material.id().value(),
                owner.customerId(),
                owner.email(),
                UploadScope.ORDER.equals(scope.kind()) ? scope.id() : null);
    }

    private record Owner(@Nullable String email, @Nullable UUID customerId) {}

    private static void closeQuietly(InputStream content, RuntimeException cause) {
        try {
            content.close();
        } catch (java.io.IOException e) {
            cause.addSuppressed(e);
        }
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
