package shop.atelier.payments.internal;

/** What a line of the payment ledger records. */
enum EntryKind {
    CHECKOUT_STARTED,
    PAID,
    DECLINED
}
