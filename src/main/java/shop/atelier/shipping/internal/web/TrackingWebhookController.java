package shop.atelier.shipping.internal.web;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import shop.atelier.shipping.internal.TrackingSignature;
import shop.atelier.shipping.internal.TrackingWebhooks;

/**
 * Where carriers post tracking reports ({@code /webhooks/**}: public, no CSRF). The body is read as
 * raw bytes because the signature covers exactly those bytes.
 */
@RestController
class TrackingWebhookController {

    private final TrackingWebhooks webhooks;

    TrackingWebhookController(TrackingWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(path = "/webhooks/shipping/{carrier}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> receive(
            @PathVariable String carrier,
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = TrackingSignature.HEADER, required = false) @Nullable String signature) {
        var receipt = webhooks.receive(carrier, body == null ? new byte[0] : body, signature);
        var status = switch (receipt) {
            case UNKNOWN_CARRIER, UNKNOWN_TRACKING_NUMBER -> HttpStatus.NOT_FOUND;
            case UNAUTHENTIC -> HttpStatus.UNAUTHORIZED;
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case DUPLICATE, UNCHANGED, ACCEPTED -> HttpStatus.OK;
        };
        return ResponseEntity.status(status)
                .body(Map.of("result", receipt.name().toLowerCase(Locale.ROOT)));
    }
}
