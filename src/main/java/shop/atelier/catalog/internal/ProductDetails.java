package shop.atelier.catalog.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.PrintSpec;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.SlotSpec;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.Money;

/**
 * An immutable snapshot of a product as pages and the API show it (safe to cache and share).
 *
 * @param minDpi the least effective resolution a photo needs on this product's print
 */
public record ProductDetails(
        ProductId id,
        String slug,
        String name,
        String description,
        boolean listed,
        boolean requiresProof,
        @Nullable PrintSize printSize,
        int minDpi,
        List<Variant> variants,
        List<PersonalizationSlot> slots,
        List<ProductImage> images) {

    public ProductDetails {
        variants = List.copyOf(variants);
        slots = List.copyOf(slots);
        images = List.copyOf(images);
    }

    public List<Variant> availableVariants() {
        return variants.stream().filter(Variant::available).toList();
    }

    /** Whether a customer can buy it now: listed, with at least one available variant. */
    public boolean sellable() {
        return listed && !availableVariants().isEmpty();
    }

    /** The lowest price among available variants. */
    public Optional<Money> fromPrice() {
        return availableVariants().stream().map(Variant::price).min(Comparator.naturalOrder());
    }

    /** Whether available variants differ in price, so the lowest is shown as "from". */
    public boolean pricesVary() {
        return availableVariants().stream().map(Variant::price).distinct().count() > 1;
    }

    public Optional<ProductImage> mainImage() {
        return images.stream().findFirst();
    }

    public Optional<Variant> variant(VariantId id) {
        return variants.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<PersonalizationSlot> slot(String key) {
        return slots.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The printed area with the resolution photos need there, or {@code null} if nothing is printed. */
    public @Nullable PrintSpec printSpec() {
        return printSize == null ? null : new PrintSpec(printSize.widthMm(), printSize.heightMm(), minDpi);
    }

    /** A slot as other modules see it (photo slots with the print spec). */
    public Optional<SlotSpec> slotSpec(String key) {
        return slot(key).map(s -> s.spec(id, printSpec()));
    }

    /** The description split at blank lines, for plain-text paragraphs (no HTML is ever stored). */
    public List<String> paragraphs() {
        return Arrays.stream(description.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
