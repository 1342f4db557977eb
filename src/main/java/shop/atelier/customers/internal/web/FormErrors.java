package shop.atelier.customers.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import shop.atelier.customers.internal.PasswordPolicy;

/** Shared handling of refused form input: the page is shown again with its errors, as 400. */
final class FormErrors {

    private FormErrors() {}

    static String showAgain(String view, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return view;
    }

    static void rejectPassword(BindingResult result, String field, PasswordPolicy.Problem problem) {
        result.rejectValue(
                field,
                problem.messageKey(),
                new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH},
                "The password is not accepted.");
    }
}
