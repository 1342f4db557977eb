package shop.atelier.catalog;

import java.util.List;

/** The result of checking a customer's personalization against a product's slots. */
public record PersonalizationCheck(List<PersonalizationValue> values, List<SlotViolation> violations) {

    public PersonalizationCheck {
        values = List.copyOf(values);
        violations = List.copyOf(violations);
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}
