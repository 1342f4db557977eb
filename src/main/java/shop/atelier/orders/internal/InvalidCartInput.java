package shop.atelier.orders.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input for the cart or checkout that cannot be accepted, with every reason: shown as a 400 page or
 * as problem details, and nothing is stored.
 */
public class InvalidCartInput extends RuntimeException {

    private final List<Problem> problems;

    public InvalidCartInput(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidCartInput of(String field, String code, String defaultMessage, Object... arguments) {
        return new InvalidCartInput(List.of(new Problem(field, code, List.of(arguments), defaultMessage)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param field the input the problem is about, e.g. {@code quantity} or {@code
     *     personalization[engraving]}
     * @param code message key
     * @param arguments message arguments
     * @param defaultMessage English text for API clients and logs
     */
    public record Problem(String field, String code, List<Object> arguments, String defaultMessage) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }

        @Override
        public String toString() {
            return field + ": " + defaultMessage;
        }
    }
}
