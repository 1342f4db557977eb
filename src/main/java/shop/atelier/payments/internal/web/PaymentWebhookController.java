package shop.atelier.payments.internal.web;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import shop.atelier.payments.internal.WebhookInbox;

/**
 * Where payment providers post their webhooks. The body is read as raw bytes because the signature
 * covers exactly those bytes; anything parsed and re-serialized first could not be verified.
 */
@RestController
class PaymentWebhookController {

    private final WebhookInbox inbox;

    PaymentWebhookController(WebhookInbox inbox) {
        this.inbox = inbox;
    }

    @PostMapping(path = "/webhooks/payments/{provider}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> receive(
            @PathVariable String provider,
            @RequestBody(required = false) byte[] body,
            @RequestHeader HttpHeaders headers) {
        var receipt = inbox.receive(provider, body == null ? new byte[0] : body, headers);
        var status = switch (receipt) {
            case UNKNOWN_PROVIDER -> HttpStatus.NOT_FOUND;
            case UNAUTHENTIC -> HttpStatus.UNAUTHORIZED;
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case IGNORED, DUPLICATE, ACCEPTED -> HttpStatus.OK;
        };
        return ResponseEntity.status(status)
                .body(Map.of("result", receipt.name().toLowerCase()));
    }
}
