package shop.atelier.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExpiringCacheTests {

    final AtomicLong now = new AtomicLong();
    final AtomicInteger loads = new AtomicInteger();
    final ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(5), 3, now::get);

    Optional<String> load(String key) {
        loads.incrementAndGet();
        return key.startsWith("missing") ? Optional.empty() : Optional.of(key.toUpperCase() + loads.get());
    }

    @Test
    void servesFromMemoryUntilTheEntryExpires() {
        assertThat(cache.get("a", this::load)).contains("A1");
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(cache.get("a", this::load)).contains("A1");
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.get("a", this::load)).contains("A2");
    }

    @Test
    void invalidationForgetsEverything() {
        cache.get("a", this::load);
        cache.invalidateAll();
        assertThat(cache.get("a", this::load)).contains("A2");
    }

    @Test
    void aValueLoadedDuringAnInvalidationIsNotKept() {
        cache.get("a", key -> {
            cache.invalidateAll(); // an edit commits while this (older) read is in flight
            return Optional.of("stale");
        });
        assertThat(cache.get("a", this::load)).contains("A1");
    }

    @Test
    void missesAreNotCachedAndSizeIsBounded() {
        cache.get("missing-1", this::load);
        cache.get("missing-1", this::load);
        assertThat(loads).hasValue(2);

        for (var key : new String[] {"a", "b", "c", "d"}) {
            cache.get(key, this::load);
        }
        assertThat(cache.get("d", this::load)).contains("D6");
    }

    @Test
    void zeroTtlDisablesCaching() {
        var uncached = new ExpiringCache<String, String>(Duration.ZERO, 10, now::get);
        uncached.get("a", this::load);
        uncached.get("a", this::load);
        assertThat(loads).hasValue(2);
    }
}
