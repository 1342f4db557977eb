package shop.atelier.privacy.spi;

import java.util.List;

/**
 * A category of personal data with everything the policy must say about it.
 *
 * @param id stable identifier, e.g. {@code contact.email} or {@code content.self_image}
 * @param description what the data is, in plain words
 * @param purpose why the shop holds it
 * @param legalBasis the legal basis for holding it
 * @param recipients who it is shared with (closed list; empty when nobody outside the shop)
 * @param retention the retention rule, in plain words (promise R1)
 * @param columns the database columns holding it, as {@code table.column}
 */
public record DataCategory(
        String id,
        String description,
        String purpose,
        LegalBasis legalBasis,
        List<String> recipients,
        String retention,
        List<String> columns) {

    public DataCategory {
        recipients = List.copyOf(recipients);
        columns = List.copyOf(columns);
    }
}
