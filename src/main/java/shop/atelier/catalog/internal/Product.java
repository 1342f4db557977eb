package shop.atelier.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.NotFoundException;

/**
 * The catalog's aggregate: a product with its variants, personalization slots (in the order the
 * customer fills them in) and images. Every change goes through a method that keeps its rules.
 */
final class Product {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int SLUG_MAX = 80;
    static final int NAME_MAX = 120;
    static final int DESCRIPTION_MAX = 4000;
    static final int MAX_VARIANTS = 30;
    static final int MAX_SLOTS = 12;
    static final int MAX_IMAGES = 10;

    private final ProductId id;
    private boolean isNew;
    private String slug;
    private String name;
    private String description;
    private boolean requiresProof;
    private @Nullable PrintSize printSize;
    private int minDpi;
    private boolean listed;
    private final List<Variant> variants;
    private final List<PersonalizationSlot> slots;
    private final List<ProductImage> images;

    private Product(
            ProductId id,
            boolean isNew,
            ProductDraft draft,
            boolean listed,
            List<Variant> variants,
            List<PersonalizationSlot> slots,
            List<ProductImage> images) {
        this.id = Objects.requireNonNull(id);
        this.isNew = isNew;
        this.slug = "";
        this.name = "";
        this.description = "";
        describe(draft);
        this.listed = listed;
        this.variants = new ArrayList<>(variants);
        this.slots = new ArrayList<>(slots);
        this.images = new ArrayList<>(images);
    }

    /** A new, unlisted product without variants: staff add those before listing it. */
    static Product create(ProductId id, ProductDraft draft) {
        return new Product(id, true, draft, false, List.of(), List.of(), List.of());
    }

    static Product restore(
            ProductId id,
            ProductDraft draft,
            boolean listed,
            List<Variant> variants,
            List<PersonalizationSlot> slots,
            List<ProductImage> images) {
        return new Product(id, false, draft, listed, variants, slots, images);
    }

    void describe(ProductDraft draft) {
        if (draft.slug() == null
                || draft.slug().length() > SLUG_MAX
                || !SLUG.matcher(draft.slug()).matches()) {
            throw new IllegalArgumentException("Invalid product address: " + draft.slug());
        }
        if (draft.name() == null
                || draft.name().isBlank()
                || draft.name().strip().length() > NAME_MAX) {
            throw new IllegalArgumentException("A product needs a name of at most " + NAME_MAX + " characters");
        }
        var text = draft.description() == null ? "" : draft.description().strip();
        if (text.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("A description has at most " + DESCRIPTION_MAX + " characters");
        }
        if (draft.minDpi() < ProductDraft.LOWEST_MIN_DPI || draft.minDpi() > ProductDraft.HIGHEST_MIN_DPI) {
            throw new IllegalArgumentException("A minimum print resolution is between " + ProductDraft.LOWEST_MIN_DPI
                    + " and " + ProductDraft.HIGHEST_MIN_DPI + " dpi");
        }
        this.slug = draft.slug();
        this.name = draft.name().strip();
        this.description = text;
        this.requiresProof = draft.requiresProof();
        this.printSize = draft.printSize();
        this.minDpi = draft.minDpi();
    }

    Variant addVariant(VariantDraft draft) {
        if (variants.size() >= MAX_VARIANTS) {
            throw new ProductLimitReachedException("variants", MAX_VARIANTS);
        }
        var variant = new Variant(VariantId.random(), draft.name(), draft.sku(), draft.price(), draft.available());
        variants.add(variant);
        return variant;
    }

    void changeVariant(VariantId variantId, VariantDraft draft) {
        int index = indexOfVariant(variantId);
        variants.set(index, new Variant(variantId, draft.name(), draft.sku(), draft.price(), draft.available()));
    }

    void addSlot(PersonalizationSlot slot) {
        if (slots.size() >= MAX_SLOTS) {
            throw new ProductLimitReachedException("personalization slots", MAX_SLOTS);
        }
        if (indexOfSlot(slot.key()) >= 0) {
            throw new DuplicateSlotException(slot.key());
        }
        slots.add(slot);
    }

    void changeSlot(String key, PersonalizationSlot slot) {
        int index = requireSlot(key);
        if (!key.equals(slot.key()) && indexOfSlot(slot.key()) >= 0) {
            throw new DuplicateSlotException(slot.key());
        }
        slots.set(index, slot);
    }

    void removeSlot(String key) {
        slots.remove(requireSlot(key));
    }

    /** Moves a slot one place earlier ({@code -1}) or later ({@code +1}) in the customer's form. */
    void moveSlot(String key, int direction) {
        int index = requireSlot(key);
        int target = index + Integer.signum(direction);
        if (target < 0 || target >= slots.size()) {
            return;
        }
        slots.set(index, slots.set(target, slots.get(index)));
    }

    void addImage(ProductImage image) {
        if (images.size() >= MAX_IMAGES) {
            throw new ProductLimitReachedException("images", MAX_IMAGES);
        }
        images.add(image);
    }

    ProductImage removeImage(UUID imageId) {
        var image = images.stream()
                .filter(i -> i.id().equals(imageId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No image " + imageId + " on product " + slug));
        images.remove(image);
        return image;
    }

    /** Shows the product in the shop; only when customers can buy at least one variant. */
    void list() {
        if (variants.stream().noneMatch(Variant::available)) {
            throw new ProductNotListableException(slug);
        }
        listed = true;
    }

    void unlist() {
        listed = false;
    }

    ProductId id() {
        return id;
    }

    boolean isNew() {
        return isNew;
    }

    void markSaved() {
        isNew = false;
    }

    String slug() {
        return slug;
    }

    List<Variant> variants() {
        return List.copyOf(variants);
    }

    List<PersonalizationSlot> slots() {
        return List.copyOf(slots);
    }

    List<ProductImage> images() {
        return List.copyOf(images);
    }

    ProductDetails details() {
        return new ProductDetails(
                id, slug, name, description, listed, requiresProof, printSize, minDpi, variants, slots, images);
    }

    private int indexOfVariant(VariantId variantId) {
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).id().equals(variantId)) {
                return i;
            }
        }
        throw new NotFoundException("No variant " + variantId + " on product " + slug);
    }

    private int indexOfSlot(String key) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private int requireSlot(String key) {
        int index = indexOfSlot(key);
        if (index < 0) {
            throw new NotFoundException("No personalization " + key + " on product " + slug);
        }
        return index;
    }
}
