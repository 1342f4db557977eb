package shop.atelier.platform.internal.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Shared web infrastructure: the clock every rule about time reads (replaced in tests). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Boot registers this filter for webjar URLs, but the shop links resources without version
     * rewriting; left on, it looks every page link up on the class path and costs most of a
     * product page's time.
     */
    @Bean
    AnonymousPageCache anonymousPageCache(
            @Value("${atelier.web.page-cache.paths:/,/products/*}") List<String> paths,
            @Value("${atelier.web.page-cache.ttl:PT5S}") Duration ttl) {
        return new AnonymousPageCache(paths, ttl);
    }

    /** Runs after Spring Security, which has then decided who the visitor is and set their headers. */
    @Bean
    FilterRegistrationBean<AnonymousPageCache> anonymousPageCacheFilter(AnonymousPageCache cache) {
        var registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
