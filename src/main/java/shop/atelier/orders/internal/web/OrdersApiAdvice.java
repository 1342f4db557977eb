package shop.atelier.orders.internal.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import shop.atelier.orders.internal.CartNeedsChanges;
import shop.atelier.orders.internal.InvalidCartInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details for the cart and checkout API that name every field at fault, and the refusal of
 * JSON bodies that try to set a price. Everything else is answered by the platform's advice.
 */
@RestControllerAdvice(assignableTypes = {CartApiController.class, CheckoutApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrdersApiAdvice extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    OrdersApiAdvice(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(InvalidCartInput.class)
    ProblemDetail invalid(InvalidCartInput e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields.", e.problems());
    }

    @ExceptionHandler(CartNeedsChanges.class)
    ProblemDetail cartNeedsChanges(CartNeedsChanges e) {
        return problem(
                HttpStatus.CONFLICT, "cart-needs-changes", "Some items cannot be ordered as they are.", e.problems());
    }

    @ExceptionHandler(PriceFieldRefused.class)
    ProblemDetail priceField(PriceFieldRefused e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, PriceFieldRefused.MESSAGE);
        problem.setType(URI.create("https://atelier.shop/problems/price-refused"));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        return problem;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        var body = input.getBody().readAllBytes();
        try {
            PriceFields.refuse(json.readTree(body));
        } catch (JacksonException e) {
            // Not JSON: the message converter answers 400 for it.
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    private static ProblemDetail problem(
            HttpStatus status, String type, String detail, List<InvalidCartInput.Problem> problems) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://atelier.shop/problems/" + type));
        problem.setTitle(status.getReasonPhrase());
        var errors = new LinkedHashMap<String, String>();
        problems.forEach(p -> errors.putIfAbsent(p.field(), p.defaultMessage()));
        problem.setProperty("errors", errors);
        return problem;
    }
}
