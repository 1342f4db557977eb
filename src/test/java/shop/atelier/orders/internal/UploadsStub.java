package shop.atelier.orders.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import shop.atelier.uploads.MarketingConsent;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/**
 * Makes the mocked {@link Uploads} behave like the uploads module as far as orders rely on it:
 * materials live in a scope; {@code rebind} moves the kept ones to the new scope and deletes the
 * rest, and is a no-op for a scope that does not exist (a cart nobody uploaded to); {@code
 * destroyScope} deletes a scope's materials; links are plain text naming the material and the
 * rendition; the marketing choice is remembered.
 */
public final class UploadsStub {

    private final Map<MaterialId, Material> materials = new ConcurrentHashMap<>();
    private final Map<MaterialId, Boolean> consent = new ConcurrentHashMap<>();

    public UploadsStub(Uploads uploads) {
        when(uploads.find(any()))
                .thenAnswer(invocation -> Optional.ofNullable(materials.get(invocation.getArgument(0))));
        when(uploads.materials(any()))
                .thenAnswer(invocation -> materials.values().stream()
                        .filter(m -> m.scope().equals(invocation.getArgument(0)))
                        .toList());
        doAnswer(invocation -> {
                    UploadScope from = invocation.getArgument(0);
                    UploadScope to = invocation.getArgument(1);
                    Set<MaterialId> keep = invocation.getArgument(2);
                    materials.replaceAll((id, m) -> m.scope().equals(from) && keep.contains(id) ? moved(m, to) : m);
                    materials.values().removeIf(m -> m.scope().equals(from));
                    return null;
                })
                .when(uploads)
                .rebind(any(), any(), any());
        doAnswer(invocation -> {
                    UploadScope scope = invocation.getArgument(0);
                    materials.values().removeIf(m -> m.scope().equals(scope));
                    return null;
                })
                .when(uploads)
                .destroyScope(any());
        when(uploads.link(any(), any(), any(Viewer.class)))
                .thenAnswer(invocation -> "/files/test/" + invocation.getArgument(0) + "/"
                        + invocation.getArgument(1).toString().toLowerCase());
        when(uploads.marketingConsent(any())).thenAnswer(invocation -> consentOf(invocation.getArgument(0)));
        when(uploads.recordMarketingConsent(any(), anyBoolean(), anyString())).thenAnswer(invocation -> {
            MaterialId id = invocation.getArgument(0);
            consent.put(id, invocation.getArgument(1));
            return consentOf(id);
        });
    }

    /** The material is gone, as after the orphan job shredded its cart's scope. */
    public void lose(MaterialId id) {
        materials.remove(id);
    }

    /** A material uploaded into the scope (as the cart's upload endpoint would store it). */
    public MaterialId upload(UploadScope scope, MaterialKind kind, String label) {
        var id = MaterialId.random();
        var photo = kind == MaterialKind.PHOTO;
        materials.put(
                id,
                new Material(
                        id,
                        scope,
                        kind,
                        photo ? "image/jpeg" : kind == MaterialKind.VIDEO ? "video/mp4" : "text/plain",
                        1234,
                        label,
                        photo ? 3000 : null,
                        photo ? 2000 : null,
                        Instant.now()));
        return id;
    }

    public Optional<UploadScope> scopeOf(MaterialId id) {
        return Optional.ofNullable(materials.get(id)).map(Material::scope);
    }

    public boolean allowed(MaterialId id) {
        return consent.getOrDefault(id, false);
    }

    private MarketingConsent consentOf(MaterialId id) {
        var allowed = consent.get(id);
        return allowed == null
                ? MarketingConsent.none(id)
                : new MarketingConsent(id, allowed, Instant.now(), "2026-11", "order-page");
    }

    private static Material moved(Material m, UploadScope to) {
        return new Material(
                m.id(), to, m.kind(), m.contentType(), m.size(), m.label(), m.width(), m.height(), m.createdAt());
    }
}
