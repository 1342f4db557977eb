package shop.atelier.payments.internal;

import java.util.List;

/**
 * Decides what a newly recorded webhook means for the rest of the shop, given what the ledger held
 * before it. Deliveries can be duplicated and arrive in any order, so the decision looks at the
 * whole ledger, not at the latest event:
 *
 * <ul>
 *   <li>a success is announced once per checkout;
 *   <li>a decline is never announced for an order that has a success, whether that success
 *       happened before or after the decline.
 * </ul>
 */
final class PaymentOutcomePolicy {

    enum Announcement {
        CONFIRMED,
        FAILED,
        NONE
    }

    private PaymentOutcomePolicy() {}

    static Announcement decide(List<LedgerLine> before, WebhookMessage incoming) {
        if (incoming.succeeded()) {
            var alreadyPaid = before.stream()
                    .anyMatch(line -> line.kind() == EntryKind.PAID
                            && line.checkoutReference().equals(incoming.checkoutReference()));
            return alreadyPaid ? Announcement.NONE : Announcement.CONFIRMED;
        }
        var anyPaid = before.stream().anyMatch(line -> line.kind() == EntryKind.PAID);
        return anyPaid ? Announcement.NONE : Announcement.FAILED;
    }
}
