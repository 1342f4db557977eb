package shop.atelier.catalog.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A small read-through cache whose entries live a few seconds: long enough to spare the database
 * under load, short enough that another node's edit shows up almost at once. Edits on this node
 * call {@link #invalidateAll()} after they commit; a value loaded while an invalidation happened is
 * dropped instead of cached, so a stale read never outlives the edit that made it stale. Misses
 * (empty results) are not cached, so guessing keys cannot fill memory; the entry count is bounded.
 */
final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {}

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;

    ExpiringCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    Optional<V> get(K key, Function<K, Optional<V>> loader) {
        long now = nanoTime.getAsLong();
        var cached = entries.get(key);
        if (cached != null && now - cached.expiresAt() < 0) {
            return Optional.of(cached.value());
        }
        long seen = generation.get();
        var loaded = loader.apply(key);
        if (loaded.isPresent() && ttlNanos > 0) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            var entry = new Entry<>(loaded.get(), now + ttlNanos);
            entries.put(key, entry);
            if (generation.get() != seen) {
                entries.remove(key, entry);
            }
        }
        return loaded;
    }

    void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
