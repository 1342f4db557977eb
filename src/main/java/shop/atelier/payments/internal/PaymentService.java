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
import shop.atelier.privacy.Disclosure;
import shop.atelier.privacy.Disclosure.RecipientKind;
import shop.atelier.privacy.Disclosures;
import shop.atelier.privacy.spi.LegalBasis;

/**
 * Starts checkouts at the configured provider ({@code atelier.payments.provider}) and reads the ledger.
 * Every started checkout is in the disclosure register: the provider's hosted page collects the
 * customer's name and email for the amount the shop sends (promise S2).
 */
@Service
class PaymentService implements Payments {

    private final PaymentProvider provider;
    private final PaymentLedger ledger;
    private final Disclosures disclosures;
    private final Clock clock;

    /** The data categories a hosted checkout hands the provider. */
    static final List<String> DISCLOSED = List.of("contact.email", "order.amount");

    PaymentService(
            List<PaymentProvider> providers,
            @Value("${atelier.payments.provider:sandbox}") String configured,
            PaymentLedger ledger,
            Disclosures disclosures,
            Clock clock) {
        this.provider = providers.stream()
                .filter(candidate -> candidate.name().equals(configured))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown payment provider '" + configured
                        + "' in atelier.payments.provider; available: "
                        + providers.stream().map(PaymentProvider::name).toList()));
        this.ledger = ledger;
        this.disclosures = disclosures;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CheckoutSession startCheckout(PaymentRequest request) {
        if (request.amount().isNegative()) {
            throw new IllegalArgumentException("A checkout needs a non-negative amount");
        }
        var session = provider.startCheckout(request);
        var now = clock.instant();
        ledger.append(LedgerLine.checkoutStarted(
                request.orderId(), provider.name(), request.amount(), session.reference(), now));
        disclosures.record(new Disclosure(
                recipient(provider.name()),
                RecipientKind.PAYMENT_PROVIDER,
                "take payment for order " + request.orderNumber(),
                LegalBasis.CONTRACT,
                DISCLOSED,
                request.customerId(),
                request.customerEmail(),
                request.orderId(),
                now,
                session.reference()));
        return session;
    }

    /** The provider as a customer knows it. */
    static String recipient(String provider) {
        return switch (provider) {
            case "shopify" -> "Shopify";
            case SandboxPaymentProvider.NAME -> "Sandbox payment provider";
            default -> provider.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + provider.substring(1);
        };
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentEntry> ledger(UUID orderId) {
        return ledger.forOrder(orderId).stream().map(LedgerLine::toEntry).toList();
    }
}
