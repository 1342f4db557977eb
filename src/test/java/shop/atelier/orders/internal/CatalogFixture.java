package shop.atelier.orders.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PersonalizationCheck;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.SlotViolation;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.Money;

/**
 * Products for tests, served by the mocked {@link Catalog}: each has an optional text slot {@code
 * engraving} (at most 30 characters) and knows no other slot.
 */
public final class CatalogFixture {

    public static final int MAX_ENGRAVING = 30;

    private final Catalog catalog;

    public CatalogFixture(Catalog catalog) {
        this.catalog = catalog;
        when(catalog.variant(any())).thenReturn(Optional.empty());
    }

    /** A new variant of a new product at the given price (in cents, EUR). */
    public PricedVariant product(String name, long priceMinor) {
        return product(name, priceMinor, true);
    }

    public PricedVariant product(String name, long priceMinor, boolean available) {
        var variant = new PricedVariant(
                ProductId.random(),
                VariantId.random(),
                name,
                "Standard",
                "SKU-" + name.toUpperCase().replace(' ', '-'),
                Money.of(priceMinor, "EUR"),
                false,
                available);
        when(catalog.variant(variant.variantId())).thenReturn(Optional.of(variant));
        when(catalog.checkPersonalization(eq(variant.variantId()), anyMap()))
                .thenAnswer(invocation -> check(invocation.getArgument(1)));
        return variant;
    }

    /** The variant is no longer sold. */
    public void discontinue(VariantId id) {
        when(catalog.variant(id)).thenReturn(Optional.empty());
    }

    public void reprice(PricedVariant variant, long priceMinor) {
        when(catalog.variant(variant.variantId()))
                .thenReturn(Optional.of(new PricedVariant(
                        variant.productId(),
                        variant.variantId(),
                        variant.productName(),
                        variant.variantName(),
                        variant.sku(),
                        Money.of(priceMinor, "EUR"),
                        variant.requiresProof(),
                        variant.available())));
    }

    private static PersonalizationCheck check(Map<String, String> given) {
        var values = new ArrayList<PersonalizationValue>();
        var violations = new ArrayList<SlotViolation>();
        given.forEach((slot, value) -> {
            if (!Set.of("engraving").contains(slot)) {
                violations.add(
                        new SlotViolation(slot, "personalization.unknown", List.of(slot), "Unknown slot " + slot));
            } else if (value.length() > MAX_ENGRAVING) {
                violations.add(new SlotViolation(
                        slot,
                        "personalization.too-long",
                        List.of("Engraving", MAX_ENGRAVING),
                        "At most " + MAX_ENGRAVING + " characters"));
            } else {
                values.add(new PersonalizationValue(slot, "Engraving", SlotType.TEXT, value.strip()));
            }
        });
        return new PersonalizationCheck(values, violations);
    }
}
