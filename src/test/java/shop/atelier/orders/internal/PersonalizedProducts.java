package shop.atelier.orders.internal;

import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Products with upload slots, served by the mocked {@link Catalog}: {@code photo} (PHOTO), {@code
 * video} (VIDEO), {@code letter} (TEXT_FILE) and {@code engraving} (TEXT), all optional.
 */
public final class PersonalizedProducts {

    private static final Map<String, SlotType> SLOTS = Map.of(
            "photo", SlotType.PHOTO,
            "video", SlotType.VIDEO,
            "letter", SlotType.TEXT_FILE,
            "engraving", SlotType.TEXT);

    private final Catalog catalog;

    public PersonalizedProducts(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A variant at €14.90 whose product asks (or not) for a design preview before production. */
    public PricedVariant product(String name, boolean requiresProof) {
        var variant = new PricedVariant(
                ProductId.random(),
                VariantId.random(),
                name,
                "Standard",
                "SKU-" + name.toUpperCase().replace(' ', '-'),
                Money.of(1490, "EUR"),
                requiresProof,
                true);
        when(catalog.variant(variant.variantId())).thenReturn(Optional.of(variant));
        when(catalog.checkPersonalization(eq(variant.variantId()), anyMap()))
                .thenAnswer(invocation -> check(invocation.getArgument(1)));
        return variant;
    }

    private static PersonalizationCheck check(Map<String, String> given) {
        var values = new ArrayList<PersonalizationValue>();
        var violations = new ArrayList<SlotViolation>();
        SLOTS.keySet().stream().sorted().forEach(slot -> {
            var value = given.get(slot);
            if (value != null && !value.isBlank()) {
                values.add(new PersonalizationValue(slot, label(slot), SLOTS.get(slot), value.strip()));
            }
        });
        given.keySet().stream()
                .filter(slot -> !SLOTS.containsKey(slot))
                .forEach(slot -> violations.add(
                        new SlotViolation(slot, "personalization.unknown", List.of(slot), "Unknown slot " + slot)));
        return new PersonalizationCheck(values, violations);
    }

    private static String label(String slot) {
        return switch (slot) {
            case "photo" -> "Your photo";
            case "video" -> "Your video";
            case "letter" -> "Your letter";
            default -> "Engraving";
        };
    }
}
