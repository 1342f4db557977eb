package shop.atelier.rights.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.platform.SecretToken;
import shop.atelier.privacy.spi.DataSubject;

/**
 * Shopify's mandatory compliance webhooks driving the same requests as every other channel: a data
 * request is an access request, a customer redaction an erasure; a shop redaction is logged for the
 * privacy officer. Each delivery is handled once: a replay (same webhook id, or same body) is
 * answered without acting again.
 */
@Service
@Transactional
public class ShopifyCompliance {

    /** What a delivery did. */
    public record Handled(boolean replay, @Nullable UUID requestId) {}

    /** A shop redaction Shopify asked for, as the privacy officer sees it. */
    public record ShopRedaction(String shopDomain, java.time.Instant receivedAt) {}

    private static final Logger log = LoggerFactory.getLogger(ShopifyCompliance.class);

    private final RightsDesk desk;
    private final JdbcClient jdbc;
    private final Clock clock;

    ShopifyCompliance(RightsDesk desk, JdbcClient jdbc, Clock clock) {
        this.desk = desk;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Handled dataRequest(String deliveryKey, String shopDomain, String email, String reference) {
        if (!firstDelivery(deliveryKey, "customers/data_request", shopDomain)) {
            return new Handled(true, null);
        }
        var request = desk.accessFromShopify(DataSubject.guest(email), reference);
        bind(deliveryKey, request.id());
        return new Handled(false, request.id());
    }

    public Handled customerRedact(String deliveryKey, String shopDomain, String email, String reference) {
        if (!firstDelivery(deliveryKey, "customers/redact", shopDomain)) {
            return new Handled(true, null);
        }
        var request = desk.erasureFromShopify(DataSubject.guest(email), reference);
        bind(deliveryKey, request.id());
        return new Handled(false, request.id());
    }

    public Handled shopRedact(String deliveryKey, String shopDomain) {
        if (!firstDelivery(deliveryKey, "shop/redact", shopDomain)) {
            return new Handled(true, null);
        }
        log.warn("Shopify asked to redact the data of shop {}: the privacy officer decides", shopDomain);
        return new Handled(false, null);
    }

    @Transactional(readOnly = true)
    public List<ShopRedaction> shopRedactions() {
        return jdbc.sql("SELECT shop_domain, received_at FROM rights_webhook_deliveries WHERE topic = 'shop/redact'"
                        + " ORDER BY received_at DESC LIMIT 50")
                .query((rs, row) -> new ShopRedaction(
                        Optional.ofNullable(rs.getString("shop_domain")).orElse(""),
                        rs.getTimestamp("received_at").toInstant()))
                .list();
    }

    private boolean firstDelivery(String deliveryKey, String topic, String shopDomain) {
        return jdbc.sql("INSERT INTO rights_webhook_deliveries (delivery_key, topic, shop_domain, received_at)"
                                + " VALUES (?, ?, ?, ?) ON CONFLICT (delivery_key) DO NOTHING")
                        .params(deliveryKey, topic, shopDomain, Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    private void bind(String deliveryKey, UUID requestId) {
        jdbc.sql("UPDATE rights_webhook_deliveries SET request_id = ? WHERE delivery_key = ?")
                .params(requestId, deliveryKey)
                .update();
    }

    /** The key a delivery is recognized by: Shopify's webhook id if sent, else the body. */
    public static String deliveryKey(String topic, @Nullable String webhookId, byte[] body) {
        var basis = webhookId != null && !webhookId.isBlank()
                ? "id:" + webhookId.strip()
                : "body:" + HexFormat.of().formatHex(SecretToken.sha256(body));
        return EmailHash.sha256Hex(topic + "\n" + basis);
    }
}
