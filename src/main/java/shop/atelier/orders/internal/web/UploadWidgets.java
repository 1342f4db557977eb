package shop.atelier.orders.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import shop.atelier.catalog.PrintSpec;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.SlotSpec;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.VariantId;
import shop.atelier.orders.internal.CartId;
import shop.atelier.orders.internal.CartUploads;
import shop.atelier.orders.internal.UploadSlots;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/**
 * What the upload widgets of the product and cart pages show, as the model attribute {@code
 * cartUploads}: an upload of the visitor's cart with its thumbnail and print quality, the file
 * types a slot accepts and its size limit. Nothing is looked up until a page asks.
 */
public final class UploadWidgets {

    private final Factory factory;
    private final HttpServletRequest request;

    private UploadWidgets(Factory factory, HttpServletRequest request) {
        this.factory = factory;
        this.request = request;
    }

    /**
     * An upload as a widget shows it.
     *
     * @param thumbnailUrl a short-lived signed link to a thumbnail, for photos
     * @param dpi the effective resolution in the product's printed area, for photos of products with one
     * @param quality {@code GOOD} or {@code LOW}, when {@code dpi} is known
     */
    public record Shown(
            String id,
            String label,
            String kind,
            @Nullable String thumbnailUrl,
            @Nullable Integer dpi,
            @Nullable String quality) {

        public boolean photo() {
            return MaterialKind.PHOTO.name().equals(kind);
        }

        public boolean low() {
            return "LOW".equals(quality);
        }
    }

    /** The upload a product page's slot holds, if it is one of the visitor's cart. */
    public @Nullable Shown product(@Nullable Object productId, String slotKey, @Nullable String value) {
        if (productId == null) {
            return null;
        }
        var product = new ProductId(UUID.fromString(productId.toString()));
        return shown(value, () -> factory.uploads.slot(product, slotKey).orElse(null));
    }

    /** The upload an item in the cart holds in a slot, if it is one of the visitor's cart. */
    public @Nullable Shown line(VariantId variant, String slotKey, @Nullable String value) {
        return shown(value, () -> factory.uploads.slot(variant, slotKey).orElse(null));
    }

    /** The file types a slot's file input offers to choose. */
    public String accept(SlotType type) {
        return switch (type) {
            case PHOTO -> "image/jpeg,image/png,image/webp,image/heic,.jpg,.jpeg,.png,.webp,.heic";
            case VIDEO -> "video/mp4,video/quicktime,.mp4,.mov";
            case TEXT_FILE -> "text/plain,.txt";
            case TEXT -> "";
        };
    }

    /** The largest file a slot accepts, in whole megabytes. */
    public long limitMb(SlotType type) {
        var kind = UploadSlots.kindFor(type);
        var limit = kind == null ? DataSize.ofBytes(0) : factory.limit(kind);
        return Math.max(1, limit.toMegabytes());
    }

    /** The pixels a photo needs along a printed side of this many millimetres to print sharp (150 dpi). */
    public long pixelsFor(int millimetres) {
        return (long) Math.ceil(millimetres / 25.4 * PrintSpec.WARN_DPI);
    }

    public boolean takesFile(SlotType type) {
        return UploadSlots.takesFile(type);
    }

    /** A signed link to the material's thumbnail for this visitor, for photos. */
    @Nullable
    String thumbnail(CartId cart, Material material) {
        if (material.kind() != MaterialKind.PHOTO) {
            return null;
        }
        return factory.links.link(material.id(), Rendition.THUMBNAIL, viewer(cart));
    }

    private @Nullable Shown shown(@Nullable String value, Supplier<@Nullable SlotSpec> slot) {
        var cart = CartSession.get(request);
        var id = UploadSlots.materialId(value);
        if (cart == null || id.isEmpty()) {
            return null;
        }
        var material = factory.uploads.own(cart, id.get()).orElse(null);
        if (material == null) {
            return null;
        }
        var spec = material.kind() == MaterialKind.PHOTO ? slot.get() : null;
        var quality = spec == null ? null : CartUploads.quality(spec, material);
        return new Shown(
                material.id().toString(),
                material.label(),
                material.kind().name(),
                thumbnail(cart, material),
                quality == null ? null : quality.dpi(),
                quality == null ? null : quality.verdict().name());
    }

    /** Who sees the cart's uploads, as the access log records it. */
    private Viewer viewer(CartId cart) {
        var principal = request.getUserPrincipal();
        var signedIn = principal != null && !(principal instanceof AnonymousAuthenticationToken);
        return new Viewer(
                signedIn ? "CUSTOMER" : "GUEST", "cart:" + cart, signedIn ? principal.getName() : null, "cart-preview");
    }

    /** Makes the widgets' model for one request. */
    @Component
    static class Factory {

        private final CartUploads uploads;
        private final Uploads links;
        private final DataSize photo;
        private final DataSize video;
        private final DataSize text;

        Factory(
                CartUploads uploads,
                Uploads links,
                @Value("${atelier.uploads.limits.photo:30MB}") DataSize photo,
                @Value("${atelier.uploads.limits.video:500MB}") DataSize video,
                @Value("${atelier.uploads.limits.text:1MB}") DataSize text) {
            this.uploads = uploads;
            this.links = links;
            this.photo = photo;
            this.video = video;
            this.text = text;
        }

        UploadWidgets of(HttpServletRequest request) {
            return new UploadWidgets(this, request);
        }

        DataSize limit(MaterialKind kind) {
            return switch (kind) {
                case PHOTO -> photo;
                case VIDEO -> video;
                case TEXT -> text;
                case PROOF -> DataSize.ofBytes(0);
            };
        }
    }
}
