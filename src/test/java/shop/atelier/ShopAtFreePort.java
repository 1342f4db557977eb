package shop.atelier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the shop on a free port it knows before start-up and makes that its public address
 * ({@code atelier.shop.base-url}). The shop builds absolute links from that address once, at
 * start: the payment provider's return URL and the link in the confirmation email. With a port
 * chosen by the server ({@code RANDOM_PORT}) they would point at port 8080, and a browser would
 * refuse the sandbox page's redirect there (its CSP allows forms to post only to the shop itself).
 */
final class ShopAtFreePort implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** One port per test JVM: the journey classes share one application context. */
    private static final int PORT = freePort();

    static final String ORIGIN = "http://localhost:" + PORT;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "shop-at-free-port", Map.of("server.port", PORT, "atelier.shop.base-url", ORIGIN)));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the shop", e);
        }
    }
}
