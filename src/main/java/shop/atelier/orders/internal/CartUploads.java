package shop.atelier.orders.internal;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PrintSpec;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.SlotSpec;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.NotFoundException;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadRejected;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/**
 * Uploads for the photo, video and file slots of products, kept in the cart's upload scope until
 * checkout moves them to the order (promise C3). A photo too small for the product's printed area
 * is refused; one that would print soft is accepted with a warning.
 *
 * <p>Storing is not part of a database transaction here: a file may take minutes to arrive, and
 * the cart is not locked meanwhile. Only switching a line to a new material is.
 */
@Service
public class CartUploads {

    /** How the customer chose to allow marketing use at upload (promise M1), as the consent ledger records it. */
    static final String CONSENT_METHOD = "upload-form";

    private final CartService carts;
    private final Catalog catalog;
    private final Uploads uploads;

    CartUploads(CartService carts, Catalog catalog, Uploads uploads) {
        this.carts = carts;
        this.catalog = catalog;
        this.uploads = uploads;
    }

    /**
     * A material stored for a slot.
     *
     * @param quality how a photo would print, for products with a printed area; otherwise {@code null}
     */
    public record Upload(CartId cart, Material material, SlotSpec slot, PrintSpec.@Nullable PrintQuality quality) {}

    /**
     * The slot of a product that takes a file.
     *
     * @throws SlotTakesNoFile when the product has no such slot or the slot takes text
     */
    public SlotSpec fileSlot(ProductId product, String slotKey) {
        var slot = catalog.slot(product, slotKey)
                .orElseThrow(() -> new SlotTakesNoFile("The product has no slot " + slotKey));
        if (!UploadSlots.takesFile(slot.type())) {
            throw new SlotTakesNoFile("The slot " + slotKey + " takes text, not a file");
        }
        return slot;
    }

    /**
     * Stores a file for a product's slot in the visitor's cart.
     *
     * @param cart the visitor's cart (see {@link CartService#sessionCart})
     * @param slot the slot, as {@link #fileSlot} found it
     * @param marketing whether the customer allowed the shop to show it in its gallery (off unless asked)
     * @throws UploadRejected when the uploads module refuses the content (nothing is stored)
     * @throws PrintResolutionTooLow when the photo is too small for the product (it is deleted again)
     */
    public Upload upload(CartId cart, SlotSpec slot, String filename, InputStream content, boolean marketing) {
        var material = store(cart, slot, filename, content);
        if (marketing) {
            uploads.recordMarketingConsent(material.id(), true, CONSENT_METHOD);
        }
        return new Upload(cart, material, slot, quality(slot, material));
    }

    /**
     * Deletes the upload a new one replaces on the product page, unless an item in the cart holds it
     * or it is not the cart's.
     */
    public void discardReplaced(CartId cart, MaterialId previous, MaterialId replacement) {
        if (!previous.equals(replacement) && own(cart, previous).isPresent() && !carts.usesMaterial(cart, previous)) {
            uploads.delete(previous);
        }
    }

    /**
     * Replaces the material of a line's photo, video or file slot with a new upload; the line then
     * holds the new one and the old one is deleted.
     *
     * @throws NotFoundException when the cart has no such line, or the line no such file slot
     */
    public Upload replace(CartId cart, UUID lineId, String slotKey, String filename, InputStream content) {
        var line = carts.line(cart, lineId).orElseThrow(() -> new NotFoundException("No such line in the cart"));
        var value = line.value(slotKey)
                .filter(v -> UploadSlots.takesFile(v.type()))
                .orElseThrow(() -> new NotFoundException("The line has no file in slot " + slotKey));
        var slot = catalog.slot(line.variantId(), slotKey)
                .filter(s -> s.type() == value.type())
                .orElseThrow(() -> new SlotTakesNoFile("The product has no file slot " + slotKey));
        var material = store(cart, slot, filename, content);
        try {
            carts.switchMaterial(cart, lineId, slotKey, material.id());
        } catch (RuntimeException e) {
            uploads.delete(material.id());
            throw e;
        }
        return new Upload(cart, material, slot, quality(slot, material));
    }

    /**
     * Deletes an upload of the cart that no item holds yet.
     *
     * @throws NotFoundException when the cart has no such material
     * @throws MaterialInUse when an item in the cart holds it (it can be replaced there)
     */
    public void delete(@Nullable CartId cart, MaterialId id) {
        if (cart == null || own(cart, id).isEmpty()) {
            throw new NotFoundException("No such upload");
        }
        if (carts.usesMaterial(cart, id)) {
            throw new MaterialInUse();
        }
        uploads.delete(id);
    }

    /**
     * Records whether the shop may show an upload of the cart in its gallery (promise M1).
     *
     * @throws NotFoundException when the cart has no such material
     */
    public void allowMarketing(@Nullable CartId cart, MaterialId id, boolean allowed) {
        own(cart, id).orElseThrow(() -> new NotFoundException("No such upload"));
        uploads.recordMarketingConsent(id, allowed, CONSENT_METHOD);
    }

    /** The material, if it belongs to the cart. */
    public Optional<Material> own(@Nullable CartId cart, MaterialId id) {
        if (cart == null) {
            return Optional.empty();
        }
        return uploads.find(id).filter(m -> m.scope().equals(UploadScope.cart(cart.value())));
    }

    /** How the material would print in the slot of the product; {@code null} when that does not apply. */
    public static PrintSpec.@Nullable PrintQuality quality(SlotSpec slot, Material material) {
        var print = slot.print();
        if (print == null
                || slot.type() != SlotType.PHOTO
                || material.kind() != MaterialKind.PHOTO
                || material.width() == null
                || material.height() == null) {
            return null;
        }
        return print.quality(material.width(), material.height());
    }

    /** The slot of the variant's product, for showing a line's materials. */
    public Optional<SlotSpec> slot(VariantId variant, String slotKey) {
        return catalog.slot(variant, slotKey);
    }

    /** The slot of a product, for showing an upload on its page. */
    public Optional<SlotSpec> slot(ProductId product, String slotKey) {
        return catalog.slot(product, slotKey);
    }

    private Material store(CartId cart, SlotSpec slot, String filename, InputStream content) {
        var kind = UploadSlots.kindFor(slot.type());
        if (kind == null) {
            throw new SlotTakesNoFile("The slot " + slot.key() + " takes text, not a file");
        }
        var material = uploads.store(UploadScope.cart(cart.value()), kind, filename, content);
        var quality = quality(slot, material);
        var print = slot.print();
        if (print != null && quality != null && quality.verdict() == PrintSpec.PrintQuality.Verdict.TOO_LOW) {
            uploads.delete(material.id());
            throw new PrintResolutionTooLow(quality.dpi(), print.minDpi());
        }
        return material;
    }
}
