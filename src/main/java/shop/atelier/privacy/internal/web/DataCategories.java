package shop.atelier.privacy.internal.web;

import java.util.List;

/**
 * The data categories a privacy officer can name as handed over in a legal disclosure; each has its
 * words in the bundle as {@code privacy.category.<id>}. Other modules' disclosures may name others.
 */
final class DataCategories {

    static final List<String> HANDED_OVER = List.of(
            "contact.name",
            "contact.email",
            "contact.phone",
            "contact.address",
            "address.shipping",
            "address.billing",
            "order.history",
            "order.amount",
            "purchase.tax-record",
            "content.customer_material",
            "content.personalization_text",
            "communication.messages",
            "record.access_audit");

    private DataCategories() {}
}
