package shop.atelier.catalog.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.Money;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.ShopProperties;

/**
 * What staff do to the catalog. Each change locks the product, applies one of its methods, saves it
 * and, once committed, clears the storefront cache so the shop shows the change at once.
 */
@Service
@Transactional
public class CatalogManagement {

    private final Products products;
    private final ImageFiles imageFiles;
    private final StorefrontCatalog storefront;
    private final ShopProperties shop;
    private final Clock clock;

    CatalogManagement(
            Products products, ImageFiles imageFiles, StorefrontCatalog storefront, ShopProperties shop, Clock clock) {
        this.products = products;
        this.imageFiles = imageFiles;
        this.storefront = storefront;
        this.shop = shop;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ProductSummary> products() {
        return products.summaries();
    }

    @Transactional(readOnly = true)
    public ProductDetails product(ProductId id) {
        return products.find(id).map(Product::details).orElseThrow(() -> notFound(id));
    }

    public ProductId create(ProductDraft draft) {
        var id = ProductId.random();
        requireFreeSlug(draft.slug(), id);
        var product = Product.create(id, draft);
        products.save(product, clock.instant());
        afterCommit();
        return id;
    }

    public void describe(ProductId id, ProductDraft draft) {
        requireFreeSlug(draft.slug(), id);
        change(id, product -> product.describe(draft));
    }

    public VariantId addVariant(ProductId id, VariantDraft draft) {
        requireShopCurrency(draft.price());
        requireFreeSku(draft.sku(), null);
        return changeAndGet(id, product -> product.addVariant(draft).id());
    }

    public void changeVariant(ProductId id, VariantId variantId, VariantDraft draft) {
        requireShopCurrency(draft.price());
        requireFreeSku(draft.sku(), variantId);
        change(id, product -> product.changeVariant(variantId, draft));
    }

    public void addSlot(ProductId id, PersonalizationSlot slot) {
        change(id, product -> product.addSlot(slot));
    }

    public void changeSlot(ProductId id, String key, PersonalizationSlot slot) {
        change(id, product -> product.changeSlot(key, slot));
    }

    public void removeSlot(ProductId id, String key) {
        change(id, product -> product.removeSlot(key));
    }

    public void moveSlot(ProductId id, String key, int direction) {
        change(id, product -> product.moveSlot(key, direction));
    }

    /** Stores an uploaded image after checking its real type by its first bytes. */
    public UUID addImage(ProductId id, byte[] bytes, String alt) {
        if (bytes.length == 0 || bytes.length > ImageType.MAX_BYTES) {
            throw new UnsupportedImageException("A product image has between 1 byte and 2 MB");
        }
        var type = ImageType.detect(bytes)
                .orElseThrow(() -> new UnsupportedImageException("Only PNG, JPEG and WebP images are accepted"));
        var imageId = UUID.randomUUID();
        change(id, product -> product.addImage(ProductImage.uploaded(imageId, type, alt)));
        imageFiles.store(imageId, id, type, bytes, clock.instant());
        return imageId;
    }

    public void removeImage(ProductId id, UUID imageId) {
        change(id, product -> {
            var removed = product.removeImage(imageId);
            if (removed.isUploaded()) {
                imageFiles.delete(removed.id());
            }
        });
    }

    public void list(ProductId id) {
        change(id, Product::list);
    }

    public void unlist(ProductId id) {
        change(id, Product::unlist);
    }

    private void change(ProductId id, Consumer<Product> change) {
        changeAndGet(id, product -> {
            change.accept(product);
            return product;
        });
    }

    private <T> T changeAndGet(ProductId id, Function<Product, T> change) {
        var product = products.lock(id).orElseThrow(() -> notFound(id));
        var result = change.apply(product);
        products.save(product, clock.instant());
        afterCommit();
        return result;
    }

    private void requireFreeSlug(String slug, ProductId id) {
        if (!Slugs.valid(slug)) {
            throw new IllegalArgumentException("Invalid product address: " + slug);
        }
        if (products.slugTaken(slug, id)) {
            throw new SlugTakenException(slug);
        }
    }

    private void requireFreeSku(String sku, @Nullable VariantId except) {
        if (products.skuTaken(sku, except)) {
            throw new SkuTakenException(sku);
        }
    }

    private void requireShopCurrency(Money price) {
        if (!price.currency().getCurrencyCode().equals(shop.currency())) {
            throw new IllegalArgumentException("Prices are in the shop's currency, " + shop.currency());
        }
    }

    private void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    storefront.invalidate();
                }
            });
        } else {
            storefront.invalidate();
        }
    }

    private static NotFoundException notFound(ProductId id) {
        return new NotFoundException("No product " + id);
    }
}
