package shop.atelier.catalog.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalog settings.
 *
 * @param demoData seed the demo catalog at start-up when the catalog is empty
 * @param cacheTtl how long storefront pages may show a product without re-reading it; edits on the
 *     same node show at once, edits on other nodes within this time ({@code 0} disables the cache)
 */
@ConfigurationProperties("atelier.catalog")
record CatalogProperties(
        @DefaultValue("true") boolean demoData,
        @DefaultValue("PT5S") Duration cacheTtl) {}
