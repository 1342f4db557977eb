package shop.atelier.orders.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import shop.atelier.orders.internal.OrderDetails;
import shop.atelier.platform.NotFoundException;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/**
 * The uploaded materials of an order as its pages show them: short-lived signed links made for the
 * person looking (every read is logged by the uploads module) and the customer's marketing choice.
 * Only materials that the order's lines name and that are kept in the order's own scope are shown
 * or changed; anything else is "not found".
 */
@Component
class OrderMaterials {

    private final Uploads uploads;

    OrderMaterials(Uploads uploads) {
        this.uploads = uploads;
    }

    /**
     * One material on a page.
     *
     * @param id the material id, as the personalization holds it
     * @param available false once the material was deleted (e.g. the order was cancelled)
     * @param label the file's sanitized original name
     * @param thumbnailUrl a signed link to a small preview, for photos
     * @param contentUrl a signed link to the content
     */
    record MaterialView(
            String id,
            boolean available,
            boolean photo,
            @Nullable String label,
            @Nullable String thumbnailUrl,
            @Nullable String contentUrl,
            boolean marketingAllowed) {

        static MaterialView missing(MaterialId id) {
            return new MaterialView(id.toString(), false, false, null, null, null, false);
        }
    }

    /** The order's materials keyed by the personalization value that names them. */
    Map<String, MaterialView> of(OrderDetails order, Viewer viewer) {
        var views = new LinkedHashMap<String, MaterialView>();
        for (var line : order.lines()) {
            for (var value : line.personalization()) {
                order.material(value)
                        .ifPresent(id -> views.computeIfAbsent(value.value(), key -> view(order, id, viewer)));
            }
        }
        return views;
    }

    /**
     * Records the customer's choice for one material of the order.
     *
     * @throws NotFoundException when the order's lines do not name the material or it is not the order's
     */
    void recordMarketingConsent(OrderDetails order, MaterialId id, boolean allowed) {
        find(order, id).orElseThrow(() -> new NotFoundException("No such material"));
        uploads.recordMarketingConsent(id, allowed, "order-page");
    }

    private Optional<Material> find(OrderDetails order, MaterialId id) {
        if (!order.materials().contains(id)) {
            return Optional.empty();
        }
        return uploads.find(id).filter(material -> material.scope().equals(order.uploadScope()));
    }

    private MaterialView view(OrderDetails order, MaterialId id, Viewer viewer) {
        var found = find(order, id);
        if (found.isEmpty()) {
            return MaterialView.missing(id);
        }
        var material = found.get();
        var photo = material.kind() == MaterialKind.PHOTO;
        return new MaterialView(
                id.toString(),
                true,
                photo,
                material.label(),
                photo ? uploads.link(id, Rendition.THUMBNAIL, viewer) : null,
                uploads.link(id, Rendition.CONTENT, viewer),
                uploads.marketingConsent(id).allowed());
    }
}
