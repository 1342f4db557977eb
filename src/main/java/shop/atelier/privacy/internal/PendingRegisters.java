package shop.atelier.privacy.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import shop.atelier.privacy.AuditLog;
import shop.atelier.privacy.Disclosure;
import shop.atelier.privacy.Disclosures;

/** Placeholder until the registers are stored; replaced by their implementation. */
@Component
class PendingRegisters implements Disclosures, AuditLog {

    @Override
    public void record(Disclosure disclosure) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void record(
            String actor,
            String role,
            @Nullable String workshop,
            String action,
            String resource,
            @Nullable UUID customerId,
            @Nullable UUID orderId) {
        throw new UnsupportedOperationException("not yet");
    }
}
