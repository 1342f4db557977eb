package shop.atelier.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.platform.PageCache;

/**
 * What customers see: listed products only, read through a short-lived cache so the catalog and
 * product pages need no database work on most requests.
 */
@Service
public class StorefrontCatalog {

    private static final int MAX_CACHED_PRODUCTS = 2_000;

    private record Listing(List<ProductDetails> products, List<ProductCard> cards) {}

    private final Products products;
    private final PageCache pages;
    private final ImageFiles images;
    private final TransactionTemplate consistentRead;
    private final ExpiringCache<String, ProductDetails> bySlug;
    private final ExpiringCache<Boolean, Listing> listing;

    StorefrontCatalog(
            Products products,
            ImageFiles images,
            PlatformTransactionManager transactions,
            CatalogProperties properties,
            PageCache pages) {
        this.pages = pages;
        this.products = products;
        this.images = images;
        this.consistentRead = new TransactionTemplate(transactions);
        consistentRead.setReadOnly(true);
        consistentRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.bySlug = new ExpiringCache<>(properties.cacheTtl(), MAX_CACHED_PRODUCTS, System::nanoTime);
        this.listing = new ExpiringCache<>(properties.cacheTtl(), 1, System::nanoTime);
    }

    /** The catalog page: every listed product, by name. */
    public List<ProductCard> cards() {
        return listing().cards();
    }

    /** Every listed product in full (the JSON API). */
    public List<ProductDetails> listedProducts() {
        return listing().products();
    }

    /** A listed product by its address; unlisted and unknown products are equally absent. */
    public Optional<ProductDetails> listedProduct(String slug) {
        if (!Slugs.valid(slug)) {
            return Optional.empty();
        }
        return bySlug.get(
                slug,
                key -> read(() -> products.findBySlug(key).map(Product::details).filter(ProductDetails::listed)));
    }

    /** An uploaded product image (not cached here: browsers cache it for a year). */
    public Optional<StoredImage> image(UUID id) {
        return images.find(id);
    }

    /** Forgets everything cached; called after every committed catalog change on this node. */
    public void invalidate() {
        bySlug.invalidateAll();
        listing.invalidateAll();
        pages.evictAll();
    }

    private Listing listing() {
        return listing.get(
                        Boolean.TRUE,
                        key -> Optional.of(read(() -> {
                            var all = products.findListed();
                            return new Listing(
                                    all, all.stream().map(ProductCard::of).toList());
                        })))
                .orElseThrow();
    }

    private <T> T read(java.util.function.Supplier<T> query) {
        return consistentRead.execute(status -> query.get());
    }
}
