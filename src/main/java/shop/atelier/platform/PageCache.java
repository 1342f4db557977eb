package shop.atelier.platform;

/**
 * The short-lived cache of storefront pages shown to anonymous visitors. A module whose data
 * appears on those pages evicts it after a committed change, so this node shows the change at once
 * (other nodes within the cache's time to live).
 */
public interface PageCache {

    void evictAll();
}
