package shop.atelier.shipping.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the shipping module.
 *
 * @param carriers the carriers staff may choose from; default one manual carrier
 * @param afterSalesWindow how long after delivery returns and warranty claims are handled before the
 *     order is closed; default 30 days
 * @param closingInterval how often the job that closes orders runs; default one hour
 */
@ConfigurationProperties("atelier.shipping")
public record ShippingProperties(
        @Nullable List<Carrier> carriers,
        @Nullable Duration afterSalesWindow,
        @Nullable Duration closingInterval) {

    public ShippingProperties {
        carriers = carriers == null || carriers.isEmpty()
                ? List.of(new Carrier("manual", "Parcel (manual label)", Carrier.Type.MANUAL, null, null, null, false))
                : List.copyOf(carriers);
        afterSalesWindow = afterSalesWindow == null ? Duration.ofDays(30) : afterSalesWindow;
        closingInterval = closingInterval == null ? Duration.ofHours(1) : closingInterval;
        if (afterSalesWindow.isNegative()) {
            throw new IllegalArgumentException("atelier.shipping.after-sales-window must not be negative");
        }
    }

    @Override
    public List<Carrier> carriers() {
        return carriers;
    }

    @Override
    public Duration afterSalesWindow() {
        return afterSalesWindow;
    }

    @Override
    public Duration closingInterval() {
        return closingInterval;
    }

    /**
     * One carrier.
     *
     * @param code stable identifier, used in the webhook URL {@code /webhooks/shipping/{code}}
     * @param name as staff and customers see it, and as the disclosure register names the recipient
     * @param baseUrl for {@code http} carriers: where labels are posted ({@code POST {baseUrl}/labels})
     * @param apiKey for {@code http} carriers: sent as a bearer token
     * @param webhookSecret the HMAC-SHA256 key of the carrier's tracking webhooks; without it every
     *     webhook of this carrier is refused
     * @param requiresPhone whether the carrier needs the recipient's phone number on the label
     */
    public record Carrier(
            String code,
            String name,
            Type type,
            @Nullable URI baseUrl,
            @Nullable String apiKey,
            @Nullable String webhookSecret,
            boolean requiresPhone) {

        public enum Type {
            MANUAL,
            HTTP
        }

        public Carrier {
            if (code == null || !code.matches("[a-z0-9-]{1,40}")) {
                throw new IllegalArgumentException(
                        "atelier.shipping.carriers[].code must be 1-40 lower-case letters, digits or dashes: " + code);
            }
            name = name == null || name.isBlank() ? code : name.strip();
            type = type == null ? Type.MANUAL : type;
            if (type == Type.HTTP && (baseUrl == null || apiKey == null || apiKey.isBlank())) {
                throw new IllegalArgumentException("The http carrier " + code + " needs base-url and api-key");
            }
            if (webhookSecret != null
                    && !webhookSecret.isBlank()
                    && webhookSecret.strip().length() < 16) {
                throw new IllegalArgumentException(
                        "The webhook secret of carrier " + code + " is too short: use at least 16 characters");
            }
        }
    }
}
