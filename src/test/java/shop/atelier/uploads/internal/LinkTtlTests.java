package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Signed links live five minutes at most; a longer setting stops the shop at start. */
class LinkTtlTests {

    static UploadsProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("atelier.uploads", UploadsProperties.class);
    }

    @Test
    void defaultsToFiveMinutesAndAcceptsLess() {
        assertThat(bind(Map.of()).linkTtl()).hasMinutes(5);
        assertThat(bind(Map.of("atelier.uploads.link-ttl", "PT90S")).linkTtl()).hasSeconds(90);
    }

    @Test
    void refusesMoreThanFiveMinutesOrNothing() {
        assertThatThrownBy(() -> bind(Map.of("atelier.uploads.link-ttl", "PT5M1S")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause()
                .hasMessageContaining("at most PT5M");
        assertThatThrownBy(() -> bind(Map.of("atelier.uploads.link-ttl", "PT0S")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
