package shop.atelier.orders.internal;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import shop.atelier.orders.OrderId;
import shop.atelier.platform.SecretToken;
import shop.atelier.platform.ShopProperties;

/** Absolute links to an order's page: the tracking page for guests, the account page for customers. */
@Component
public class OrderLinks {

    private final URI baseUrl;

    OrderLinks(ShopProperties shop) {
        this.baseUrl = shop.baseUrl() == null ? URI.create("http://localhost:8080") : shop.baseUrl();
    }

    public URI tracking(SecretToken token) {
        return UriComponentsBuilder.fromUri(baseUrl)
                .path("/orders/track/{token}")
                .buildAndExpand(token.value())
                .toUri();
    }

    public URI account(OrderId id) {
        return UriComponentsBuilder.fromUri(baseUrl)
                .path("/account/orders/{id}")
                .buildAndExpand(id.value())
                .toUri();
    }

    /** Where a customer lands after paying: the account page if the order has an account, else the tracking page. */
    public URI orderPage(OrderId id, boolean hasAccount, @Nullable SecretToken token) {
        if (hasAccount || token == null) {
            return account(id);
        }
        return tracking(token);
    }
}
