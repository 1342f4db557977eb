package shop.atelier.payments.internal;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.platform.Money;

/** A hosted checkout as the sandbox provider keeps it on its side. */
public record SandboxCheckout(
        String reference,
        UUID orderId,
        String orderNumber,
        Money amount,
        URI returnUrl,
        Status status,
        Instant createdAt,
        @Nullable Instant completedAt) {

    public enum Status {
        OPEN,
        PAID,
        DECLINED
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
