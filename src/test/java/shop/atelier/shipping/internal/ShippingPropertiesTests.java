package shop.atelier.shipping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;

class ShippingPropertiesTests {

    static ShippingProperties bind(Map<String, String> properties) {
        var env = new org.springframework.mock.env.MockEnvironment();
        properties.forEach(env::setProperty);
        return Binder.get(env).bindOrCreate("atelier.shipping", ShippingProperties.class);
    }

    @Test
    void byDefaultOneManualCarrierAndThirtyDaysAfterSales() {
        var defaults = bind(Map.of());

        assertThat(defaults.carriers()).singleElement().satisfies(carrier -> {
            assertThat(carrier.code()).isEqualTo("manual");
            assertThat(carrier.name()).isEqualTo("Parcel (manual label)");
            assertThat(carrier.type()).isEqualTo(ShippingProperties.Carrier.Type.MANUAL);
            assertThat(carrier.requiresPhone()).isFalse();
        });
        assertThat(defaults.afterSalesWindow()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void anHttpCarrierFromConfiguration() {
        var properties = bind(Map.of(
                "atelier.shipping.carriers[0].code", "parcel-api",
                "atelier.shipping.carriers[0].name", "Parcel API",
                "atelier.shipping.carriers[0].type", "http",
                "atelier.shipping.carriers[0].base-url", "http://127.0.0.1:4567/api",
                "atelier.shipping.carriers[0].api-key", "key",
                "atelier.shipping.carriers[0].webhook-secret", "0123456789abcdef",
                "atelier.shipping.carriers[0].requires-phone", "true",
                "atelier.shipping.after-sales-window", "P14D"));

        var carrier = properties.carriers().getFirst();
        assertThat(carrier.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:4567/api"));
        assertThat(carrier.requiresPhone()).isTrue();
        assertThat(properties.afterSalesWindow()).isEqualTo(Duration.ofDays(14));
    }
}
