package shop.atelier.payments.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.payments.CheckoutSession;
import shop.atelier.payments.PaymentEntry;
import shop.atelier.payments.PaymentProvider;
import shop.atelier.payments.PaymentRequest;
import shop.atelier.payments.Payments;

/** Starts checkouts at the configured provider ({@code atelier.payments.provider}) and reads the ledger. */
@Service
class PaymentService implements Payments {

    private final PaymentProvider provider;
    private final PaymentLedger ledger;
    private final Clock clock;

    PaymentService(
            List<PaymentProvider> providers,
            @Value("${atelier.payments.provider:sandbox}") String configured,
            PaymentLedger ledger,
            Clock clock) {
        this.provider = providers.stream()
                .filter(candidate -> candidate.name().equals(configured))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown payment provider '" + configured
                        + "' in atelier.payments.provider; available: "
                        + providers.stream().map(PaymentProvider::name).toList()));
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CheckoutSession startCheckout(PaymentRequest request) {
        if (request.amount().isNegative()) {
            throw new IllegalArgumentException("A checkout needs a non-negative amount");
        }
        var session = provider.startCheckout(request);
        ledger.append(LedgerLine.checkoutStarted(
                request.orderId(), provider.name(), request.amount(), session.reference(), clock.instant()));
        return session;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentEntry> ledger(UUID orderId) {
        return ledger.forOrder(orderId).stream().map(LedgerLine::toEntry).toList();
    }
}
