package shop.atelier.orders.internal.web;

import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import shop.atelier.orders.internal.InvalidCartInput;

/** Turns binding and validation errors of cart forms into the problems the 400 page lists. */
final class WebProblems {

    private WebProblems() {}

    static InvalidCartInput invalid(BindingResult binding) {
        List<InvalidCartInput.Problem> problems =
                binding.getFieldErrors().stream().map(WebProblems::problem).toList();
        if (problems.isEmpty()) {
            problems = List.of(new InvalidCartInput.Problem(
                    binding.getObjectName(), "orders.validation.invalid", List.of(), "The request is not valid"));
        }
        return new InvalidCartInput(problems);
    }

    private static InvalidCartInput.Problem problem(FieldError error) {
        var field = error.getField();
        if (field.equals("quantity")) {
            return new InvalidCartInput.Problem(
                    field, "orders.validation.quantity", List.of(), "Quantity must be a whole number from 1 to 20");
        }
        if (field.equals("variantId")) {
            return new InvalidCartInput.Problem(field, "orders.validation.variant", List.of(), "Choose a product");
        }
        return new InvalidCartInput.Problem(
                field,
                "orders.validation.invalid",
                List.of(),
                error.getDefaultMessage() == null ? "Invalid value" : error.getDefaultMessage());
    }
}
