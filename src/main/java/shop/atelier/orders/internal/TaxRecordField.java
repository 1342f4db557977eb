package shop.atelier.orders.internal;

import java.util.List;

/**
 * Billing details an erased customer's order may have to keep besides what was bought, when and for
 * how much: in some countries the tax law asks invoices, and so the kept records, to name the buyer
 * and their address. None is kept unless configured ({@code atelier.orders.tax-record-keeps}).
 */
enum TaxRecordField {
    /** The name on the invoice. */
    BILLING_NAME(List.of("billing_name")),
    /** The billing address (the country is always kept). */
    BILLING_ADDRESS(List.of("billing_line1", "billing_line2", "billing_postal_code", "billing_city"));

    private final List<String> columns;

    TaxRecordField(List<String> columns) {
        this.columns = columns;
    }

    /** The columns of table {@code orders} this field is stored in. */
    List<String> columns() {
        return columns;
    }
}
